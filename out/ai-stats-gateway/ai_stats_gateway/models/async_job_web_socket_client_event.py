"""Models of Phaseo Gateway API: AsyncJobWebSocketClientEvent."""

from __future__ import annotations

from .._base_model import BaseModel
from .async_job_web_socket_client_event_type import AsyncJobWebSocketClientEventType

__all__ = [
    "AsyncJobWebSocketClientEvent",
]


class AsyncJobWebSocketClientEvent(BaseModel):
    """Client message for async job websocket sessions.

    Attributes:
        type: Send `ping` for a `pong` keepalive response, or `refresh` to force an immediate async job state refresh.
    """

    type: AsyncJobWebSocketClientEventType
