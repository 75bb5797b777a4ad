"""Models of Phaseo Gateway API: GatewayModelOfferRouting."""

from __future__ import annotations

from .._base_model import BaseModel
from .gateway_capability_status import GatewayCapabilityStatus
from .gateway_routing_status import GatewayRoutingStatus

__all__ = [
    "GatewayModelOfferRouting",
]


class GatewayModelOfferRouting(BaseModel):
    """The `routing` field of `GatewayModelOffer`."""

    provider: GatewayRoutingStatus
    model: GatewayRoutingStatus
    capability: GatewayCapabilityStatus
