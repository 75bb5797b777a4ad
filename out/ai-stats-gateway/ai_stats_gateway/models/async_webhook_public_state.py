"""Models of Phaseo Gateway API: AsyncWebhookPublicState."""

from __future__ import annotations

from .._base_model import BaseModel
from .async_webhook_delivery_attempt import AsyncWebhookDeliveryAttempt
from .async_webhook_delivery_summary import AsyncWebhookDeliverySummary


class AsyncWebhookPublicState(BaseModel):
    """Sanitized async webhook configuration plus delivery state. Secrets are never returned; `has_secret` indicates whether signed deliveries are enabled. Signed deliveries include x-phaseo-signature, x-phaseo-timestamp, x-phaseo-event-id, x-phaseo-event-type, x-phaseo-delivery-key, x-phaseo-attempt, and x-phaseo-max-attempts headers.

    Attributes:
        delivery: Public delivery summary for gateway-managed async webhooks. Use this to distinguish job execution state from webhook delivery health.
    """

    url: str | None = None
    events: list[str] | None = None
    has_secret: bool | None = None
    delivery: AsyncWebhookDeliverySummary | None = None
    attempts: list[AsyncWebhookDeliveryAttempt] | None = None
