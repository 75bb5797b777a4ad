"""Models of Phaseo Gateway API: AudioContentPart."""

from __future__ import annotations

from .._base_model import BaseModel
from .audio_content_part_input_audio import AudioContentPartInputAudio
from .audio_content_part_type import AudioContentPartType

__all__ = [
    "AudioContentPart",
]


class AudioContentPart(BaseModel):
    """The `AudioContentPart` schema."""

    type: AudioContentPartType
    input_audio: AudioContentPartInputAudio
