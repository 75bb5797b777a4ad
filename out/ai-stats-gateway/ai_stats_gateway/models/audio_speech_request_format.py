"""Models of Phaseo Gateway API: AudioSpeechRequestFormat."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "AudioSpeechRequestFormat",
]


class AudioSpeechRequestFormat(OpenEnum):
    """The `format` field of `AudioSpeechRequest`."""

    MP3 = "mp3"
    WAV = "wav"
    OGG = "ogg"
    AAC = "aac"
