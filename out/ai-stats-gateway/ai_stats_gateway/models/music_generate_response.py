"""Models of Phaseo Gateway API: MusicGenerateResponse, MusicGenerateResponseObject, MusicGenerateResponseStatus."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._base_model import BaseModel, OpenEnum


class MusicGenerateResponseObject(OpenEnum):
    """The `object` field of `MusicGenerateResponse`."""

    MUSIC = "music"


class MusicGenerateResponseStatus(OpenEnum):
    """The `status` field of `MusicGenerateResponse`."""

    QUEUED = "queued"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    FAILED = "failed"


class MusicGenerateResponse(BaseModel):
    """The `MusicGenerateResponse` schema.

    Attributes:
        id: Stable Phaseo request ID used with GET /music/generate/{music_id}.
        native_response_id: Upstream provider identifier for correlation and support.
        result: Provider result metadata normalized by Phaseo.
    """

    id: str
    object: MusicGenerateResponseObject
    status: MusicGenerateResponseStatus
    model: str
    provider: str
    native_response_id: str | None = Field(default=None, alias="nativeResponseId")
    audio_url: str | None = None
    audio_base64: str | None = None
    result: Any = None
    output: list[dict[str, Any]] | None = None
    usage: dict[str, Any] | None = None
