"""Models of Phaseo Gateway API: AsyncWebhookDeliverySummaryLastAttemptStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "AsyncWebhookDeliverySummaryLastAttemptStatus",
]


class AsyncWebhookDeliverySummaryLastAttemptStatus(OpenEnum):
    """Result of the most recent delivery attempt."""

    DELIVERED = "delivered"
    SCHEDULED_RETRY = "scheduled_retry"
    FAILED_PERMANENTLY = "failed_permanently"
