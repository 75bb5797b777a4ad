"""Models of Phaseo Gateway API: AsyncJobWebSocketServerEvent."""

from __future__ import annotations

from .._base_model import BaseModel
from .async_job_web_socket_server_event_data_variant2 import (
    AsyncJobWebSocketServerEventDataVariant2,
)
from .async_job_web_socket_server_event_type import AsyncJobWebSocketServerEventType
from .batch_response import BatchResponse
from .video_generation_response import VideoGenerationResponse

__all__ = [
    "AsyncJobWebSocketServerEvent",
]


class AsyncJobWebSocketServerEvent(BaseModel):
    """Async job websocket envelope. `job.snapshot` is emitted immediately after upgrade, `job.updated` is emitted when the normalized async payload changes, `job.deleted` is emitted when the owned job record disappears, and `pong` replies to client `ping` messages."""

    type: AsyncJobWebSocketServerEventType
    data: (
        VideoGenerationResponse | BatchResponse | AsyncJobWebSocketServerEventDataVariant2 | None
    ) = None
