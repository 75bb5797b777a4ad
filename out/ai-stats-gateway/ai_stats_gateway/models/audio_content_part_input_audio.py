"""Models of Phaseo Gateway API: AudioContentPartInputAudio."""

from __future__ import annotations

from .._base_model import BaseModel
from .audio_content_part_input_audio_format import AudioContentPartInputAudioFormat

__all__ = [
    "AudioContentPartInputAudio",
]


class AudioContentPartInputAudio(BaseModel):
    """The `input_audio` field of `AudioContentPart`."""

    data: str | None = None
    format: AudioContentPartInputAudioFormat | None = None
