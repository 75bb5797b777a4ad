"""Models of Phaseo Gateway API: GatewayObservabilityEvent, GatewayObservabilityEventCategory, GatewayObservabilityEventSource."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, DateTime, OpenEnum


class GatewayObservabilityEventCategory(OpenEnum):
    """The `category` field of `GatewayObservabilityEvent`."""

    FEEDBACK = "feedback"
    BEHAVIOR = "behavior"
    OUTCOME = "outcome"
    APP = "app"
    TEST = "test"
    CUSTOM = "custom"


class GatewayObservabilityEventSource(OpenEnum):
    """The `source` field of `GatewayObservabilityEvent`."""

    API = "api"
    USER = "user"
    SYSTEM = "system"
    IMPORT = "import"
    TEST = "test"


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
