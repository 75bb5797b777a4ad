"""Models of Phaseo Gateway API: GatewayModelOffer and 4 more."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel, OpenEnum
from .gateway_capabilities import GatewayCapabilities
from .gateway_capability_status import GatewayCapabilityStatus
from .gateway_modalities import GatewayModalities
from .gateway_pricing import GatewayPricing
from .gateway_provider_availability_reason import GatewayProviderAvailabilityReason
from .gateway_routing_status import GatewayRoutingStatus


class GatewayModelOfferStatus(OpenEnum):
    """The `status` field of `GatewayModelOffer`."""

    ACTIVE = "active"
    COMING_SOON = "coming_soon"
    INACTIVE = "inactive"


class GatewayModelOfferProvider(BaseModel):
    """The `provider` field of `GatewayModelOffer`."""

    id: str
    name: str | None


class GatewayModelOfferRouting(BaseModel):
    """The `routing` field of `GatewayModelOffer`."""

    provider: GatewayRoutingStatus
    model: GatewayRoutingStatus
    capability: GatewayCapabilityStatus


class GatewayModelOfferEffective(BaseModel):
    """The `effective` field of `GatewayModelOffer`."""

    from_: str | None = Field(alias="from")
    to: str | None


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
