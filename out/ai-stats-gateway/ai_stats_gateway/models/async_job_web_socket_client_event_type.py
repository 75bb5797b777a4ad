"""Models of Phaseo Gateway API: AsyncJobWebSocketClientEventType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "AsyncJobWebSocketClientEventType",
]


class AsyncJobWebSocketClientEventType(OpenEnum):
    """Send `ping` for a `pong` keepalive response, or `refresh` to force an immediate async job state refresh."""

    PING = "ping"
    REFRESH = "refresh"
