"""Models of Phaseo Gateway API: BatchResponse, BatchResponseLifecycleStatus, BatchResponseUsage."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, OpenEnum
from .async_webhook_public_state import AsyncWebhookPublicState
from .batch_billing_summary import BatchBillingSummary
from .batch_request_counts import BatchRequestCounts


class BatchResponseLifecycleStatus(OpenEnum):
    """Normalized async lifecycle status for polling, websocket, and webhook consumers."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class BatchResponseUsage(BaseModel):
    """Normalised aggregate usage and cost after finalisation."""

    requests: int | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    total_tokens: int | None = None
    cost_nanos: int | None = None
    cost_usd: int | float | None = None
    currency: str | None = None


class BatchResponse(BaseModel):
    """The `BatchResponse` schema.

    Attributes:
        native_batch_id: Provider-native batch id when it differs from the gateway-owned id.
        lifecycle_status: Normalized async lifecycle status for polling, websocket, and webhook consumers.
        progress: Coarse batch completion percentage derived from provider request counts when available. Completed batches report 100.
        websocket_url: WebSocket URL for subscribing to normalized async job lifecycle updates.
        cancel_url: Reserved for compatibility; currently always null.
        webhook: Sanitized async webhook configuration plus delivery state. Secrets are never returned; `has_secret` indicates whether signed deliveries are enabled. Signed deliveries include x-phaseo-signature, x-phaseo-timestamp, x-phaseo-event-id, x-phaseo-event-type, x-phaseo-delivery-key, x-phaseo-attempt, and x-phaseo-max-attempts headers.
        usage: Normalised aggregate usage and cost after finalisation.
    """

    id: str | None = None
    native_batch_id: str | None = None
    object: str | None = None
    endpoint: str | None = None
    errors: dict[str, Any] | None = None
    input_file_id: str | None = None
    completion_window: str | None = None
    status: str | None = None
    lifecycle_status: BatchResponseLifecycleStatus | None = None
    progress: int | None = None
    polling_url: str | None = None
    websocket_url: str | None = None
    cancel_url: str | None = None
    output_file_id: str | None = None
    error_file_id: str | None = None
    created_at: int | None = None
    in_progress_at: int | None = None
    expires_at: int | None = None
    finalizing_at: int | None = None
    completed_at: int | None = None
    failed_at: int | None = None
    expired_at: int | None = None
    cancelling_at: int | None = None
    cancelled_at: int | None = None
    request_counts: BatchRequestCounts | None = None
    metadata: dict[str, Any] | None = None
    request_id: str | None = None
    provider: str | None = None
    session_id: str | None = None
    webhook: AsyncWebhookPublicState | None = None
    next_webhook_retry_at: str | None = None
    last_webhook_progress: int | float | None = None
    last_webhook_progress_at: str | None = None
    last_webhook_dispatched_at: str | None = None
    finalized_at: str | None = None
    pricing_lines: list[dict[str, Any]] | None = None
    usage: BatchResponseUsage | None = None
    billing: BatchBillingSummary | None = None
