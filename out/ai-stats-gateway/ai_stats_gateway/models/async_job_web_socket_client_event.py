"""Models of Phaseo Gateway API: AsyncJobWebSocketClientEvent, AsyncJobWebSocketClientEventType."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class AsyncJobWebSocketClientEventType(OpenEnum):
    """Send `ping` for a `pong` keepalive response, or `refresh` to force an immediate async job state refresh."""

    PING = "ping"
    REFRESH = "refresh"


class AsyncJobWebSocketClientEvent(BaseModel):
    """Client message for async job websocket sessions.

    Attributes:
        type: Send `ping` for a `pong` keepalive response, or `refresh` to force an immediate async job state refresh.
    """

    type: AsyncJobWebSocketClientEventType
