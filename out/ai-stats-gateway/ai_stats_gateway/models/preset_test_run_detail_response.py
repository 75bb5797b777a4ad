"""Models of Phaseo Gateway API: PresetTestRunDetailResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .gateway_feedback_summary_row import GatewayFeedbackSummaryRow
from .preset_test_run import PresetTestRun


class PresetTestRunDetailResponse(BaseModel):
    """The `PresetTestRunDetailResponse` schema."""

    data: PresetTestRun
    feedback_summary: GatewayFeedbackSummaryRow | None
