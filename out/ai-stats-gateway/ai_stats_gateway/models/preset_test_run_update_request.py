"""Models of Phaseo Gateway API: PresetTestRunUpdateRequest, PresetTestRunUpdateRequestStatus."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, DateTime, OpenEnum


class PresetTestRunUpdateRequestStatus(OpenEnum):
    """The `status` field of `PresetTestRunUpdateRequest`."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


class PresetTestRunUpdateRequest(BaseModel):
    """The `PresetTestRunUpdateRequest` schema."""

    name: str | None = None
    description: str | None = None
    status: PresetTestRunUpdateRequestStatus | None = None
    summary: dict[str, Any] | None = None
    started_at: DateTime | None = None
    completed_at: DateTime | None = None
