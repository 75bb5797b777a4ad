"""Models of Phaseo Gateway API: WorkspaceScimEvent."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, DateTime


class WorkspaceScimEvent(BaseModel):
    """The `WorkspaceScimEvent` schema."""

    id: str | None = None
    request_id: str | None = None
    correlation_id: str | None = None
    action: str | None = None
    resource_type: str | None = None
    resource_id: str | None = None
    outcome: str | None = None
    http_status: int | None = None
    scim_type: str | None = None
    detail: dict[str, Any] | None = None
    created_at: DateTime | None = None
