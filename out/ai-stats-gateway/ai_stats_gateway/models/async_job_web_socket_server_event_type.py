"""Models of Phaseo Gateway API: AsyncJobWebSocketServerEventType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "AsyncJobWebSocketServerEventType",
]


class AsyncJobWebSocketServerEventType(OpenEnum):
    """The `type` field of `AsyncJobWebSocketServerEvent`."""

    JOB_SNAPSHOT = "job.snapshot"
    JOB_UPDATED = "job.updated"
    JOB_DELETED = "job.deleted"
    PONG = "pong"
