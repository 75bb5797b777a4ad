"""Models of Phaseo Gateway API: RerankRequest."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel
from .debug_options import DebugOptions
from .provider_routing_options import ProviderRoutingOptions


class RerankRequest(BaseModel):
    """The `RerankRequest` schema.

    Attributes:
        top_k: Alias for top_n.
        debug: Gateway debug controls. These flags are never forwarded upstream.
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    query: str
    documents: list[str] | list[dict[str, Any]]
    top_n: int | None = None
    top_k: int | None = None
    return_documents: bool | None = None
    max_chunks_per_doc: int | None = None
    rank_fields: list[str] | None = None
    user: str | None = None
    metadata: dict[str, str] | None = None
    provider_options: dict[str, Any] | None = None
    debug: DebugOptions | None = None
    provider: ProviderRoutingOptions | None = None
