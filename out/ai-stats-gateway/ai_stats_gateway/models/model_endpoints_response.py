"""Models of Phaseo Gateway API: ModelEndpointsResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .gateway_modalities import GatewayModalities
from .gateway_model_organization import GatewayModelOrganization
from .model_endpoint_capability import ModelEndpointCapability
from .model_endpoints_response_availability_mode import ModelEndpointsResponseAvailabilityMode

__all__ = [
    "ModelEndpointsResponse",
]


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
