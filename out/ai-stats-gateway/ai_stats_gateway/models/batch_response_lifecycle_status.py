"""Models of Phaseo Gateway API: BatchResponseLifecycleStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "BatchResponseLifecycleStatus",
]


class BatchResponseLifecycleStatus(OpenEnum):
    """Normalized async lifecycle status for polling, websocket, and webhook consumers."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"
