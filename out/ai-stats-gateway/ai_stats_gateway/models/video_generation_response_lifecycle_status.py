"""Models of Phaseo Gateway API: VideoGenerationResponseLifecycleStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "VideoGenerationResponseLifecycleStatus",
]


class VideoGenerationResponseLifecycleStatus(OpenEnum):
    """Normalized async lifecycle status for polling, websocket, and webhook consumers."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"
