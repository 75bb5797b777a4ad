"""Models of Phaseo Gateway API: GatewayObservabilityEventResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .gateway_observability_event import GatewayObservabilityEvent


class GatewayObservabilityEventResponse(BaseModel):
    """The `GatewayObservabilityEventResponse` schema."""

    data: GatewayObservabilityEvent
