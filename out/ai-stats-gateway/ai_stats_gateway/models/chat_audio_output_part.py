"""Models of Phaseo Gateway API: ChatAudioOutputPart and 3 more."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class ChatAudioOutputPartType(OpenEnum):
    """The `type` field of `ChatAudioOutputPart`."""

    AUDIO_URL = "audio_url"


class ChatAudioOutputPartFormat(OpenEnum):
    """The `format` field of `ChatAudioOutputPart`."""

    WAV = "wav"
    MP3 = "mp3"
    FLAC = "flac"
    M4A = "m4a"
    OGG = "ogg"
    PCM16 = "pcm16"
    PCM24 = "pcm24"


class ChatAudioOutputPartAudioUrl(BaseModel):
    """The `audio_url` field of `ChatAudioOutputPart`.

    Attributes:
        url: HTTP(S) URL or data URI.
    """

    url: str


class ChatAudioOutputPart(BaseModel):
    """The `ChatAudioOutputPart` schema."""

    type: ChatAudioOutputPartType
    audio_url: ChatAudioOutputPartAudioUrl
    mime_type: str | None = None
    format: ChatAudioOutputPartFormat | None = None
