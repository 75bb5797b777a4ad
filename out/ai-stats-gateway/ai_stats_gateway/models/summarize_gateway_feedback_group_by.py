"""Models of Phaseo Gateway API: SummarizeGatewayFeedbackGroupBy."""

from __future__ import annotations

from .._base_model import OpenEnum


class SummarizeGatewayFeedbackGroupBy(OpenEnum):
    """The `group_by` schema of the `summarize_gateway_feedback` operation."""

    PRESET = "preset"
    PRESET_ID = "preset_id"
    TEST_RUN = "test_run"
    TEST_RUN_ID = "test_run_id"
    METADATA = "metadata"
