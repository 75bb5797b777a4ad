"""Models of Phaseo Gateway API: GatewayFeedbackSummaryResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .gateway_feedback_summary_response_group_by import GatewayFeedbackSummaryResponseGroupBy
from .gateway_feedback_summary_row import GatewayFeedbackSummaryRow

__all__ = [
    "GatewayFeedbackSummaryResponse",
]


class GatewayFeedbackSummaryResponse(BaseModel):
    """The `GatewayFeedbackSummaryResponse` schema."""

    group_by: GatewayFeedbackSummaryResponseGroupBy
    data: list[GatewayFeedbackSummaryRow]
