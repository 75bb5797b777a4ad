"""Models of Phaseo Gateway API: PresetTestRunResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .preset_test_run import PresetTestRun


class PresetTestRunResponse(BaseModel):
    """The `PresetTestRunResponse` schema."""

    data: PresetTestRun
