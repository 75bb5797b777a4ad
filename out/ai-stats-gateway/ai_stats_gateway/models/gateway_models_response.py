"""Models of Phaseo Gateway API: GatewayModelsResponse, GatewayModelsResponseAvailabilityMode."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum
from .model import Model


class GatewayModelsResponseAvailabilityMode(OpenEnum):
    """The `availability_mode` field of `GatewayModelsResponse`."""

    ACTIVE = "active"
    ALL = "all"


class GatewayModelsResponse(BaseModel):
    """The `GatewayModelsResponse` schema."""

    ok: bool
    availability_mode: GatewayModelsResponseAvailabilityMode
    limit: int
    offset: int
    total: int
    models: list[Model]
