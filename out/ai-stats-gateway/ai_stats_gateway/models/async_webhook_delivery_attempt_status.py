"""Models of Phaseo Gateway API: AsyncWebhookDeliveryAttemptStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "AsyncWebhookDeliveryAttemptStatus",
]


class AsyncWebhookDeliveryAttemptStatus(OpenEnum):
    """The `status` field of `AsyncWebhookDeliveryAttempt`."""

    DELIVERED = "delivered"
    SCHEDULED_RETRY = "scheduled_retry"
    FAILED_PERMANENTLY = "failed_permanently"
