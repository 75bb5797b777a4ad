"""Models of Phaseo Gateway API: PresetTestRun."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, DateTime
from .preset_test_run_status import PresetTestRunStatus

__all__ = [
    "PresetTestRun",
]


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
