"""Models of Phaseo Gateway API: GatewayFeedbackCreateRequest, GatewayFeedbackCreateRequestSource."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, OpenEnum


class GatewayFeedbackCreateRequestSource(OpenEnum):
    """The `source` field of `GatewayFeedbackCreateRequest`."""

    API = "api"
    USER = "user"
    SYSTEM = "system"
    IMPORT = "import"
    TEST = "test"


class GatewayFeedbackCreateRequest(BaseModel):
    """The `GatewayFeedbackCreateRequest` schema."""

    request_id: str | None = None
    session_id: str | None = None
    preset_id: str | None = None
    test_run_id: str | None = None
    source: GatewayFeedbackCreateRequestSource | None = None
    rating: str | None = None
    score: int | float | None = None
    reason: str | None = None
    reason_tags: list[str] | None = None
    comment: str | None = None
    metadata: dict[str, Any] | None = None
    metadata_dimensions: dict[str, Any] | None = None
    end_user_id: str | None = None
