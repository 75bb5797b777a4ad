"""Models of Phaseo Gateway API: ChatAudioOutputPartFormat."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ChatAudioOutputPartFormat",
]


class ChatAudioOutputPartFormat(OpenEnum):
    """The `format` field of `ChatAudioOutputPart`."""

    WAV = "wav"
    MP3 = "mp3"
    FLAC = "flac"
    M4A = "m4a"
    OGG = "ogg"
    PCM16 = "pcm16"
    PCM24 = "pcm24"
