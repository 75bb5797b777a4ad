"""Models of Phaseo Gateway API: GatewayModelOffer."""

from __future__ import annotations

from .._base_model import BaseModel
from .gateway_capabilities import GatewayCapabilities
from .gateway_modalities import GatewayModalities
from .gateway_model_offer_effective import GatewayModelOfferEffective
from .gateway_model_offer_provider import GatewayModelOfferProvider
from .gateway_model_offer_routing import GatewayModelOfferRouting
from .gateway_model_offer_status import GatewayModelOfferStatus
from .gateway_pricing import GatewayPricing
from .gateway_provider_availability_reason import GatewayProviderAvailabilityReason

__all__ = [
    "GatewayModelOffer",
]


class GatewayModelOffer(BaseModel):
    """The `GatewayModelOffer` schema."""

    provider: GatewayModelOfferProvider
    model: str | None
    status: GatewayModelOfferStatus
    status_reason: GatewayProviderAvailabilityReason
    routable: bool
    endpoints: list[str]
    modalities: GatewayModalities
    capabilities: GatewayCapabilities
    routing: GatewayModelOfferRouting
    effective: GatewayModelOfferEffective
    pricing: GatewayPricing
