"""Models of Phaseo Gateway API: GatewayModelOfferStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GatewayModelOfferStatus",
]


class GatewayModelOfferStatus(OpenEnum):
    """The `status` field of `GatewayModelOffer`."""

    ACTIVE = "active"
    COMING_SOON = "coming_soon"
    INACTIVE = "inactive"
