"""Models of Phaseo Gateway API: PresetTestRunListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .preset_test_run import PresetTestRun


class PresetTestRunListResponse(BaseModel):
    """The `PresetTestRunListResponse` schema."""

    data: list[PresetTestRun]
