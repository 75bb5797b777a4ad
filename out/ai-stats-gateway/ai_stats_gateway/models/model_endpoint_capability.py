"""Models of Phaseo Gateway API: ModelEndpointCapability and 5 more."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel, OpenEnum
from .gateway_capabilities import GatewayCapabilities
from .gateway_capability_status import GatewayCapabilityStatus
from .gateway_modalities import GatewayModalities
from .gateway_pricing import GatewayPricing
from .gateway_provider_availability_reason import GatewayProviderAvailabilityReason
from .gateway_routing_status import GatewayRoutingStatus


class ModelEndpointCapabilityCollection(OpenEnum):
    """The `collection` field of `ModelEndpointCapability`."""

    TEXT = "text"
    IMAGES = "images"
    VIDEO = "video"
    AUDIO = "audio"
    EMBEDDINGS = "embeddings"
    RERANK = "rerank"
    MODERATION = "moderation"
    OCR = "ocr"
    MUSIC = "music"
    BATCH = "batch"
    FILES = "files"


class ModelEndpointCapabilityStatus(OpenEnum):
    """The `status` field of `ModelEndpointCapability`."""

    ACTIVE = "active"
    COMING_SOON = "coming_soon"
    INACTIVE = "inactive"


class ModelEndpointCapabilityProvider(BaseModel):
    """The `provider` field of `ModelEndpointCapability`."""

    id: str
    name: str | None


class ModelEndpointCapabilityRouting(BaseModel):
    """The `routing` field of `ModelEndpointCapability`."""

    provider: GatewayRoutingStatus
    model: GatewayRoutingStatus
    capability: GatewayCapabilityStatus


class ModelEndpointCapabilityEffective(BaseModel):
    """The `effective` field of `ModelEndpointCapability`."""

    from_: str | None = Field(alias="from")
    to: str | None


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
