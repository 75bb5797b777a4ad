"""Models of Phaseo Gateway API: GatewayFeedbackSummaryResponse, GatewayFeedbackSummaryResponseGroupBy."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum
from .gateway_feedback_summary_row import GatewayFeedbackSummaryRow


class GatewayFeedbackSummaryResponseGroupBy(OpenEnum):
    """The `group_by` field of `GatewayFeedbackSummaryResponse`."""

    PRESET_ID = "preset_id"
    TEST_RUN_ID = "test_run_id"
    METADATA = "metadata"


class GatewayFeedbackSummaryResponse(BaseModel):
    """The `GatewayFeedbackSummaryResponse` schema."""

    group_by: GatewayFeedbackSummaryResponseGroupBy
    data: list[GatewayFeedbackSummaryRow]
