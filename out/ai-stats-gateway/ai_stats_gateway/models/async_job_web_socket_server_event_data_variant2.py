"""Models of Phaseo Gateway API: AsyncJobWebSocketServerEventDataVariant2."""

from __future__ import annotations

from .._base_model import BaseModel
from .async_job_web_socket_server_event_data_variant2_kind import (
    AsyncJobWebSocketServerEventDataVariant2Kind,
)

__all__ = [
    "AsyncJobWebSocketServerEventDataVariant2",
]


class AsyncJobWebSocketServerEventDataVariant2(BaseModel):
    """The `data_variant2` field of `AsyncJobWebSocketServerEvent`."""

    id: str | None = None
    kind: AsyncJobWebSocketServerEventDataVariant2Kind | None = None
