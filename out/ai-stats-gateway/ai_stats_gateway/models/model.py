"""Models of Phaseo Gateway API: Model, ModelVariantsValue."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel
from .gateway_capabilities import GatewayCapabilities
from .gateway_modalities import GatewayModalities
from .gateway_model_lifecycle import GatewayModelLifecycle
from .gateway_model_limits import GatewayModelLimits
from .gateway_model_offer import GatewayModelOffer
from .gateway_model_organization import GatewayModelOrganization
from .gateway_pricing import GatewayPricing
from .model_availability import ModelAvailability


class ModelVariantsValue(BaseModel):
    """The `variants_value` field of `Model`."""

    field_model_id: str = Field(alias="model_id")
    name: str


class Model(BaseModel):
    """The `Model` schema."""

    id: str
    base_model_id: str
    variant: str
    variants: dict[str, ModelVariantsValue]
    name: str
    description: str
    organization: GatewayModelOrganization | None
    aliases: list[str]
    lifecycle: GatewayModelLifecycle
    modalities: GatewayModalities
    limits: GatewayModelLimits
    capabilities: GatewayCapabilities
    availability: ModelAvailability
    pricing: GatewayPricing
    offers: list[GatewayModelOffer]
