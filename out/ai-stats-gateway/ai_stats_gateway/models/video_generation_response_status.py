"""Models of Phaseo Gateway API: VideoGenerationResponseStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "VideoGenerationResponseStatus",
]


class VideoGenerationResponseStatus(OpenEnum):
    """The `status` field of `VideoGenerationResponse`."""

    QUEUED = "queued"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"
