"""Models of Phaseo Gateway API: GatewayObservabilityEventCreateRequest, GatewayObservabilityEventCreateRequestCategory, GatewayObservabilityEventCreateRequestSource."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, DateTime, OpenEnum


class GatewayObservabilityEventCreateRequestCategory(OpenEnum):
    """The `category` field of `GatewayObservabilityEventCreateRequest`."""

    FEEDBACK = "feedback"
    BEHAVIOR = "behavior"
    OUTCOME = "outcome"
    APP = "app"
    TEST = "test"
    CUSTOM = "custom"


class GatewayObservabilityEventCreateRequestSource(OpenEnum):
    """The `source` field of `GatewayObservabilityEventCreateRequest`."""

    API = "api"
    USER = "user"
    SYSTEM = "system"
    IMPORT = "import"
    TEST = "test"


class GatewayObservabilityEventCreateRequest(BaseModel):
    """The `GatewayObservabilityEventCreateRequest` schema."""

    request_id: str | None = None
    session_id: str | None = None
    preset_id: str | None = None
    test_run_id: str | None = None
    category: GatewayObservabilityEventCreateRequestCategory | None = None
    event_name: str
    value: Any = None
    numeric_value: int | float | None = None
    metadata: dict[str, Any] | None = None
    metadata_dimensions: dict[str, Any] | None = None
    end_user_id: str | None = None
    source: GatewayObservabilityEventCreateRequestSource | None = None
    occurred_at: DateTime | None = None
