"""Models of Phaseo Gateway API: AudioContentPartType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "AudioContentPartType",
]


class AudioContentPartType(OpenEnum):
    """The `type` field of `AudioContentPart`."""

    INPUT_AUDIO = "input_audio"
