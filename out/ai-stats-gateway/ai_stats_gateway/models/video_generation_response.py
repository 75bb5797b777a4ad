"""Models of Phaseo Gateway API: VideoGenerationResponse and 5 more."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, OpenEnum
from .async_webhook_public_state import AsyncWebhookPublicState
from .video_billing_summary import VideoBillingSummary
from .video_output import VideoOutput


class VideoGenerationResponseStatus(OpenEnum):
    """The `status` field of `VideoGenerationResponse`."""

    QUEUED = "queued"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class VideoGenerationResponseLifecycleStatus(OpenEnum):
    """Normalized async lifecycle status for polling, websocket, and webhook consumers."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class VideoGenerationResponseOutputAccess(OpenEnum):
    """The `output_access` field of `VideoGenerationResponse`."""

    BYTES = "bytes"
    SIGNED_URL = "signed_url"
    BOTH = "both"


class VideoGenerationResponseAsset(BaseModel):
    """The `asset` field of `VideoGenerationResponse`."""

    id: str | None = None
    mime_type: str | None = None
    bytes: int | None = None
    sha256: str | None = None
    width: int | None = None
    height: int | None = None
    duration_seconds: int | float | None = None


class VideoGenerationResponseUsage(BaseModel):
    """The `usage` field of `VideoGenerationResponse`."""

    cost: int | float | None = None
    is_byok: bool | None = None


class VideoGenerationResponse(BaseModel):
    """The `VideoGenerationResponse` schema.

    Attributes:
        websocket_url: WebSocket URL for subscribing to normalized async job lifecycle updates.
        lifecycle_status: Normalized async lifecycle status for polling, websocket, and webhook consumers.
        cancel_url: Reserved for compatibility; currently always null.
        native_video_id: Provider-native video/job id when it differs from the gateway-owned id.
        content_url: Present when output_access includes bytes (authenticated endpoint).
        download_url: Signed first-party URL for direct download when status is completed.
        expires_at: Unix timestamp (seconds) when the signed download_url expires.
        webhook: Sanitized async webhook configuration plus delivery state. Secrets are never returned; `has_secret` indicates whether signed deliveries are enabled. Signed deliveries include x-phaseo-signature, x-phaseo-timestamp, x-phaseo-event-id, x-phaseo-event-type, x-phaseo-delivery-key, x-phaseo-attempt, and x-phaseo-max-attempts headers.
        next_webhook_retry_at: ISO timestamp for the next scheduled user-webhook retry, when queued.
        last_webhook_progress: Most recent coarse progress bucket dispatched to webhook consumers.
        last_webhook_progress_at: ISO timestamp when the most recent webhook progress bucket was dispatched.
        last_webhook_dispatched_at: ISO timestamp for the most recent webhook dispatch attempt.
    """

    id: str | None = None
    polling_url: str | None = None
    websocket_url: str | None = None
    model: str | None = None
    request_id: str | None = None
    session_id: str | None = None
    status: VideoGenerationResponseStatus | None = None
    lifecycle_status: VideoGenerationResponseLifecycleStatus | None = None
    cancel_url: str | None = None
    output_access: VideoGenerationResponseOutputAccess | None = None
    generation_id: str | None = None
    native_video_id: str | None = None
    created_at: int | str | None = None
    started_at: int | str | None = None
    completed_at: int | str | None = None
    object: str | None = None
    poll_after_seconds: int | None = None
    provider: str | None = None
    seconds: int | float | None = None
    size: str | None = None
    audio: bool | None = None
    content_url: str | None = None
    download_url: str | None = None
    expires_at: int | None = None
    progress: int | None = None
    progress_source: str | None = None
    asset: VideoGenerationResponseAsset | None = None
    outputs: list[VideoOutput] | None = None
    billing: VideoBillingSummary | None = None
    webhook: AsyncWebhookPublicState | None = None
    next_webhook_retry_at: str | None = None
    last_webhook_progress: int | float | None = None
    last_webhook_progress_at: str | None = None
    last_webhook_dispatched_at: str | None = None
    usage: VideoGenerationResponseUsage | None = None
    error: Any = None
