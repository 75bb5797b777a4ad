"""Models of Phaseo Gateway API: ImagesEditRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .provider_routing_options import ProviderRoutingOptions


class ImagesEditRequest(BaseModel):
    """The `ImagesEditRequest` schema.

    Attributes:
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    image: str
    mask: str | None = None
    prompt: str
    size: str | None = None
    n: int | None = None
    user: str | None = None
    meta: bool | None = None
    usage: bool | None = None
    provider: ProviderRoutingOptions | None = None
