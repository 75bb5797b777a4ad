"""Models of Phaseo Gateway API: ResponsesOutputAudioPartAudioUrl."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "ResponsesOutputAudioPartAudioUrl",
]


class ResponsesOutputAudioPartAudioUrl(BaseModel):
    """The `audio_url` field of `ResponsesOutputAudioPart`."""

    url: str | None = None
