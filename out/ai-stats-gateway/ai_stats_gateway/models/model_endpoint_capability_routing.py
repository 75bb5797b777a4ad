"""Models of Phaseo Gateway API: ModelEndpointCapabilityRouting."""

from __future__ import annotations

from .._base_model import BaseModel
from .gateway_capability_status import GatewayCapabilityStatus
from .gateway_routing_status import GatewayRoutingStatus

__all__ = [
    "ModelEndpointCapabilityRouting",
]


class ModelEndpointCapabilityRouting(BaseModel):
    """The `routing` field of `ModelEndpointCapability`."""

    provider: GatewayRoutingStatus
    model: GatewayRoutingStatus
    capability: GatewayCapabilityStatus
