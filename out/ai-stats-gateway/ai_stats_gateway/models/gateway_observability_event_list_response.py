"""Models of Phaseo Gateway API: GatewayObservabilityEventListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .gateway_observability_event import GatewayObservabilityEvent


class GatewayObservabilityEventListResponse(BaseModel):
    """The `GatewayObservabilityEventListResponse` schema."""

    data: list[GatewayObservabilityEvent]
