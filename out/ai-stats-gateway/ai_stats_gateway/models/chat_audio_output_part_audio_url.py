"""Models of Phaseo Gateway API: ChatAudioOutputPartAudioUrl."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "ChatAudioOutputPartAudioUrl",
]


class ChatAudioOutputPartAudioUrl(BaseModel):
    """The `audio_url` field of `ChatAudioOutputPart`.

    Attributes:
        url: HTTP(S) URL or data URI.
    """

    url: str
