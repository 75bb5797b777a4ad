"""Models of Phaseo Gateway API: AsyncWebhookDeliveryAttempt, AsyncWebhookDeliveryAttemptStatus."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class AsyncWebhookDeliveryAttemptStatus(OpenEnum):
    """The `status` field of `AsyncWebhookDeliveryAttempt`."""

    DELIVERED = "delivered"
    SCHEDULED_RETRY = "scheduled_retry"
    FAILED_PERMANENTLY = "failed_permanently"


class AsyncWebhookDeliveryAttempt(BaseModel):
    """Recent gateway-managed async webhook delivery attempt.

    Attributes:
        id: Stable attempt identifier for audit and debugging.
        delivery_key: Idempotency key for this event delivery.
        event_type: Event type delivered to the webhook destination.
        attempt_number: One-based attempt number for this delivery key.
        max_attempts: Maximum attempts before the delivery is marked failed permanently.
        tried_at: ISO timestamp when this attempt was made.
        delivered_at: ISO timestamp when this attempt was delivered successfully.
        next_retry_at: ISO timestamp for the next retry after this attempt, when scheduled.
        response_status: HTTP status returned by the webhook destination, when available.
        error_message: Delivery error message, when available.
        response_body_preview: Redacted response body preview from the webhook destination.
    """

    id: str | None = None
    delivery_key: str | None = None
    event_type: str | None = None
    status: AsyncWebhookDeliveryAttemptStatus | None = None
    attempt_number: int | None = None
    max_attempts: int | None = None
    tried_at: str | None = None
    delivered_at: str | None = None
    next_retry_at: str | None = None
    response_status: int | None = None
    error_message: str | None = None
    response_body_preview: str | None = None
