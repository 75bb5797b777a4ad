"""Models of Phaseo Gateway API: GatewayModelOfferProvider."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "GatewayModelOfferProvider",
]


class GatewayModelOfferProvider(BaseModel):
    """The `provider` field of `GatewayModelOffer`."""

    id: str
    name: str | None
