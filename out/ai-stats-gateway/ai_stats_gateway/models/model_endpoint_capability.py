"""Models of Phaseo Gateway API: ModelEndpointCapability."""

from __future__ import annotations

from .._base_model import BaseModel
from .gateway_capabilities import GatewayCapabilities
from .gateway_modalities import GatewayModalities
from .gateway_pricing import GatewayPricing
from .gateway_provider_availability_reason import GatewayProviderAvailabilityReason
from .model_endpoint_capability_collection import ModelEndpointCapabilityCollection
from .model_endpoint_capability_effective import ModelEndpointCapabilityEffective
from .model_endpoint_capability_provider import ModelEndpointCapabilityProvider
from .model_endpoint_capability_routing import ModelEndpointCapabilityRouting
from .model_endpoint_capability_status import ModelEndpointCapabilityStatus

__all__ = [
    "ModelEndpointCapability",
]


class ModelEndpointCapability(BaseModel):
    """The `ModelEndpointCapability` schema."""

    id: str
    endpoint: str
    capability_id: str
    public_path: str
    collection: ModelEndpointCapabilityCollection
    provider: ModelEndpointCapabilityProvider
    model: str | None
    routable: bool
    status: ModelEndpointCapabilityStatus
    status_reason: GatewayProviderAvailabilityReason
    modalities: GatewayModalities
    capabilities: GatewayCapabilities
    routing: ModelEndpointCapabilityRouting
    effective: ModelEndpointCapabilityEffective
    pricing: GatewayPricing
