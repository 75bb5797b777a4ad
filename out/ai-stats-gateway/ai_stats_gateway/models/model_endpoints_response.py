"""Models of Phaseo Gateway API: ModelEndpointsResponse, ModelEndpointsResponseAvailabilityMode."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum
from .gateway_modalities import GatewayModalities
from .gateway_model_organization import GatewayModelOrganization
from .model_endpoint_capability import ModelEndpointCapability


class ModelEndpointsResponseAvailabilityMode(OpenEnum):
    """The `availability_mode` field of `ModelEndpointsResponse`."""

    ACTIVE = "active"
    ALL = "all"


class ModelEndpointsResponse(BaseModel):
    """The `ModelEndpointsResponse` schema."""

    ok: bool
    id: str
    name: str
    description: str
    organization: GatewayModelOrganization | None
    modalities: GatewayModalities
    availability_mode: ModelEndpointsResponseAvailabilityMode
    endpoints: list[ModelEndpointCapability]
