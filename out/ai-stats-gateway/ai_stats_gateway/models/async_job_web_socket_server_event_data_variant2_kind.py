"""Models of Phaseo Gateway API: AsyncJobWebSocketServerEventDataVariant2Kind."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "AsyncJobWebSocketServerEventDataVariant2Kind",
]


class AsyncJobWebSocketServerEventDataVariant2Kind(OpenEnum):
    """The `kind` field of `AsyncJobWebSocketServerEventDataVariant2`."""

    BATCH = "batch"
    VIDEO = "video"
