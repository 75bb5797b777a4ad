"""Models of Phaseo Gateway API: PresetTestRunUpdateRequest."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, DateTime
from .preset_test_run_update_request_status import PresetTestRunUpdateRequestStatus

__all__ = [
    "PresetTestRunUpdateRequest",
]


class PresetTestRunUpdateRequest(BaseModel):
    """The `PresetTestRunUpdateRequest` schema."""

    name: str | None = None
    description: str | None = None
    status: PresetTestRunUpdateRequestStatus | None = None
    summary: dict[str, Any] | None = None
    started_at: DateTime | None = None
    completed_at: DateTime | None = None
