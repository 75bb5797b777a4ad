"""Models of Phaseo Gateway API: AudioContentPart and 3 more."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class AudioContentPartType(OpenEnum):
    """The `type` field of `AudioContentPart`."""

    INPUT_AUDIO = "input_audio"


class AudioContentPartInputAudioFormat(OpenEnum):
    """The `format` field of `AudioContentPartInputAudio`."""

    WAV = "wav"
    MP3 = "mp3"
    FLAC = "flac"
    M4A = "m4a"
    OGG = "ogg"
    PCM16 = "pcm16"
    PCM24 = "pcm24"


class AudioContentPartInputAudio(BaseModel):
    """The `input_audio` field of `AudioContentPart`."""

    data: str | None = None
    format: AudioContentPartInputAudioFormat | None = None


class AudioContentPart(BaseModel):
    """The `AudioContentPart` schema."""

    type: AudioContentPartType
    input_audio: AudioContentPartInputAudio
