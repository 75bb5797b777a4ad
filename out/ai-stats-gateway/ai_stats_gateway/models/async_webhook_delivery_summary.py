"""Models of Phaseo Gateway API: AsyncWebhookDeliverySummary, AsyncWebhookDeliverySummaryLastAttemptStatus."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class AsyncWebhookDeliverySummaryLastAttemptStatus(OpenEnum):
    """Result of the most recent delivery attempt."""

    DELIVERED = "delivered"
    SCHEDULED_RETRY = "scheduled_retry"
    FAILED_PERMANENTLY = "failed_permanently"


class AsyncWebhookDeliverySummary(BaseModel):
    """Public delivery summary for gateway-managed async webhooks. Use this to distinguish job execution state from webhook delivery health.

    Attributes:
        total_attempts: Total delivery attempts recorded for this job.
        delivered_events: Number of delivery keys that have reached a delivered state.
        delivered_event_types: Delivery keys that have been delivered at least once.
        pending_retries: Number of delivery keys currently scheduled for retry.
        next_retry_at: ISO timestamp for the next scheduled retry, when present.
        last_attempt_at: ISO timestamp for the most recent delivery attempt.
        last_attempt_status: Result of the most recent delivery attempt.
        last_response_status: HTTP status returned by the webhook destination, when available.
        last_delivered_at: ISO timestamp for the most recent successful delivery.
        last_failure_at: ISO timestamp for the most recent failed or retrying attempt.
        last_error_message: Most recent delivery error message, when available.
    """

    total_attempts: int | None = None
    delivered_events: int | None = None
    delivered_event_types: list[str] | None = None
    pending_retries: int | None = None
    next_retry_at: str | None = None
    last_attempt_at: str | None = None
    last_attempt_status: AsyncWebhookDeliverySummaryLastAttemptStatus | None = None
    last_response_status: int | None = None
    last_delivered_at: str | None = None
    last_failure_at: str | None = None
    last_error_message: str | None = None
