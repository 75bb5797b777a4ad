"""Models of Phaseo Gateway API: PresetTestRun, PresetTestRunStatus."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, DateTime, OpenEnum


class PresetTestRunStatus(OpenEnum):
    """The `status` field of `PresetTestRun`."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


class PresetTestRun(BaseModel):
    """The `PresetTestRun` schema."""

    id: str
    workspace_id: str
    preset_id: str | None
    baseline_preset_id: str | None
    name: str | None
    description: str | None
    status: PresetTestRunStatus
    dataset_name: str | None
    config: dict[str, Any]
    summary: dict[str, Any]
    started_at: DateTime | None
    completed_at: DateTime | None
    created_by_user_id: str | None
    created_at: DateTime
    updated_at: DateTime
