"""Models of Phaseo Gateway API: GatewayModelsResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .gateway_models_response_availability_mode import GatewayModelsResponseAvailabilityMode
from .model import Model

__all__ = [
    "GatewayModelsResponse",
]


class GatewayModelsResponse(BaseModel):
    """The `GatewayModelsResponse` schema."""

    ok: bool
    availability_mode: GatewayModelsResponseAvailabilityMode
    limit: int
    offset: int
    total: int
    models: list[Model]
