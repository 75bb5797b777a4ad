"""Models of Phaseo Gateway API: CreateRealtimeSessionBody, CreateRealtimeSessionBodySource, CreateRealtimeSessionBodyType."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, OpenEnum


class CreateRealtimeSessionBodyType(OpenEnum):
    """The `type` field of `CreateRealtimeSessionBody`."""

    REALTIME = "realtime"


class CreateRealtimeSessionBodySource(OpenEnum):
    """The `source` field of `CreateRealtimeSessionBody`."""

    API = "api"
    CHAT = "chat"


class CreateRealtimeSessionBody(BaseModel):
    """The `body` schema of the `create_realtime_session` operation."""

    type: CreateRealtimeSessionBodyType | None = None
    model: str
    provider: str | None = None
    voice: str | None = None
    instructions: str | None = None
    source: CreateRealtimeSessionBodySource | None = None
    metadata: dict[str, Any] | None = None
