"""Models of Phaseo Gateway API: GatewayObservabilityEvent."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, DateTime
from .gateway_observability_event_category import GatewayObservabilityEventCategory
from .gateway_observability_event_source import GatewayObservabilityEventSource

__all__ = [
    "GatewayObservabilityEvent",
]


class GatewayObservabilityEvent(BaseModel):
    """The `GatewayObservabilityEvent` schema."""

    id: str
    workspace_id: str
    request_id: str | None
    session_id: str | None
    preset_id: str | None
    test_run_id: str | None
    category: GatewayObservabilityEventCategory
    event_name: str
    value: Any
    numeric_value: int | float | None
    metadata: dict[str, Any]
    metadata_dimensions: dict[str, str]
    end_user_id: str | None
    source: GatewayObservabilityEventSource
    occurred_at: DateTime
    created_by_user_id: str | None
    created_at: DateTime
