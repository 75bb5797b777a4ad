"""Models of Phaseo Gateway API: AsyncJobWebSocketServerEvent and 3 more."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum
from .batch_response import BatchResponse
from .video_generation_response import VideoGenerationResponse


class AsyncJobWebSocketServerEventType(OpenEnum):
    """The `type` field of `AsyncJobWebSocketServerEvent`."""

    JOB_SNAPSHOT = "job.snapshot"
    JOB_UPDATED = "job.updated"
    JOB_DELETED = "job.deleted"
    PONG = "pong"


class AsyncJobWebSocketServerEventDataVariant2Kind(OpenEnum):
    """The `kind` field of `AsyncJobWebSocketServerEventDataVariant2`."""

    BATCH = "batch"
    VIDEO = "video"


class AsyncJobWebSocketServerEventDataVariant2(BaseModel):
    """The `data_variant2` field of `AsyncJobWebSocketServerEvent`."""

    id: str | None = None
    kind: AsyncJobWebSocketServerEventDataVariant2Kind | None = None


class AsyncJobWebSocketServerEvent(BaseModel):
    """Async job websocket envelope. `job.snapshot` is emitted immediately after upgrade, `job.updated` is emitted when the normalized async payload changes, `job.deleted` is emitted when the owned job record disappears, and `pong` replies to client `ping` messages."""

    type: AsyncJobWebSocketServerEventType
    data: (
        VideoGenerationResponse | BatchResponse | AsyncJobWebSocketServerEventDataVariant2 | None
    ) = None
