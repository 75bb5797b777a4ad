"""Models of Phaseo Gateway API: OcrRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .debug_options import DebugOptions
from .provider_routing_options import ProviderRoutingOptions


class OcrRequest(BaseModel):
    """The `OcrRequest` schema.

    Attributes:
        debug: Gateway debug controls. These flags are never forwarded upstream.
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    image: str
    language: str | None = None
    echo_upstream_request: bool | None = None
    debug: DebugOptions | None = None
    provider: ProviderRoutingOptions | None = None
