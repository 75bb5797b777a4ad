"""Models of Phaseo Gateway API: ImagesGenerationRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .provider_routing_options import ProviderRoutingOptions


class ImagesGenerationRequest(BaseModel):
    """The `ImagesGenerationRequest` schema.

    Attributes:
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    prompt: str
    size: str | None = None
    n: int | None = None
    quality: str | None = None
    response_format: str | None = None
    style: str | None = None
    user: str | None = None
    provider: ProviderRoutingOptions | None = None
