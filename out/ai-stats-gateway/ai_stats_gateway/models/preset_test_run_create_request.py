"""Models of Phaseo Gateway API: PresetTestRunCreateRequest, PresetTestRunCreateRequestStatus."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, DateTime, OpenEnum


class PresetTestRunCreateRequestStatus(OpenEnum):
    """The `status` field of `PresetTestRunCreateRequest`."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


class PresetTestRunCreateRequest(BaseModel):
    """The `PresetTestRunCreateRequest` schema."""

    preset_id: str | None = None
    baseline_preset_id: str | None = None
    name: str | None = None
    description: str | None = None
    status: PresetTestRunCreateRequestStatus | None = None
    dataset_name: str | None = None
    config: dict[str, Any] | None = None
    summary: dict[str, Any] | None = None
    started_at: DateTime | None = None
    completed_at: DateTime | None = None
