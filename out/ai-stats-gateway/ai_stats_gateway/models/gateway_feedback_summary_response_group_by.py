"""Models of Phaseo Gateway API: GatewayFeedbackSummaryResponseGroupBy."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GatewayFeedbackSummaryResponseGroupBy",
]


class GatewayFeedbackSummaryResponseGroupBy(OpenEnum):
    """The `group_by` field of `GatewayFeedbackSummaryResponse`."""

    PRESET_ID = "preset_id"
    TEST_RUN_ID = "test_run_id"
    METADATA = "metadata"
