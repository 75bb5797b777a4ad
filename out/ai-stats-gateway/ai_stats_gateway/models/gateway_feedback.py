"""Models of Phaseo Gateway API: GatewayFeedback, GatewayFeedbackSource."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, DateTime, OpenEnum


class GatewayFeedbackSource(OpenEnum):
    """The `source` field of `GatewayFeedback`."""

    API = "api"
    USER = "user"
    SYSTEM = "system"
    IMPORT = "import"
    TEST = "test"


class GatewayFeedback(BaseModel):
    """The `GatewayFeedback` schema."""

    id: str
    workspace_id: str
    request_id: str | None
    session_id: str | None
    preset_id: str | None
    test_run_id: str | None
    source: GatewayFeedbackSource
    rating: str | None
    score: int | float | None
    reason: str | None
    reason_tags: list[str]
    comment: str | None
    metadata: dict[str, Any]
    metadata_dimensions: dict[str, str]
    end_user_id: str | None
    created_by_user_id: str | None
    created_at: DateTime
