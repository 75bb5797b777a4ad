"""Models of Phaseo Gateway API: GatewayFeedbackSummaryRow."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime


class GatewayFeedbackSummaryRow(BaseModel):
    """The `GatewayFeedbackSummaryRow` schema."""

    preset_id: str | None = None
    test_run_id: str | None = None
    metadata_key: str | None = None
    metadata_value: str | None = None
    count: int
    positive: int
    negative: int
    partial: int
    average_score: int | float | None
    ratings: dict[str, int]
    last_feedback_at: DateTime | None
