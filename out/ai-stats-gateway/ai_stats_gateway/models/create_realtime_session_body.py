"""Models of Phaseo Gateway API: CreateRealtimeSessionBody."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel
from .create_realtime_session_body_source import CreateRealtimeSessionBodySource
from .create_realtime_session_body_type import CreateRealtimeSessionBodyType

__all__ = [
    "CreateRealtimeSessionBody",
]


class CreateRealtimeSessionBody(BaseModel):
    """The `body` schema of the `create_realtime_session` operation."""

    type: CreateRealtimeSessionBodyType | None = None
    model: str
    provider: str | None = None
    voice: str | None = None
    instructions: str | None = None
    source: CreateRealtimeSessionBodySource | None = None
    metadata: dict[str, Any] | None = None
