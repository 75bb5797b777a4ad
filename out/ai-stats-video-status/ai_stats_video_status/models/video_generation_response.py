"""Models of AI Stats Gateway API: VideoGenerationResponse and 4 more."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, OpenEnum
from .video_output import VideoOutput


class VideoGenerationResponseStatus(OpenEnum):
    """The `status` field of `VideoGenerationResponse`."""

    QUEUED = "queued"
    PROCESSING = "processing"
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
        content_url: Present when output_access includes bytes (authenticated endpoint).
        download_url: Signed first-party URL for direct download when status is completed.
        expires_at: Unix timestamp (seconds) when the signed download_url expires.
    """

    id: str | None = None
    polling_url: str | None = None
    model: str | None = None
    request_id: str | None = None
    session_id: str | None = None
    status: VideoGenerationResponseStatus | None = None
    output_access: VideoGenerationResponseOutputAccess | None = None
    generation_id: str | None = None
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
    billing: dict[str, Any] | None = None
    usage: VideoGenerationResponseUsage | None = None
    error: Any = None
