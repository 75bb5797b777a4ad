"""Models of Phaseo Gateway API: MusicGenerateRequestFormat."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "MusicGenerateRequestFormat",
]


class MusicGenerateRequestFormat(OpenEnum):
    """The `format` field of `MusicGenerateRequest`."""

    MP3 = "mp3"
    WAV = "wav"
    OGG = "ogg"
    AAC = "aac"
