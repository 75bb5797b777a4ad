"""Models of Phaseo Gateway API: ResponsesOutputAudioPart and 3 more."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class ResponsesOutputAudioPartType(OpenEnum):
    """The `type` field of `ResponsesOutputAudioPart`."""

    OUTPUT_AUDIO = "output_audio"


class ResponsesOutputAudioPartFormat(OpenEnum):
    """The `format` field of `ResponsesOutputAudioPart`."""

    WAV = "wav"
    MP3 = "mp3"
    FLAC = "flac"
    M4A = "m4a"
    OGG = "ogg"
    PCM16 = "pcm16"
    PCM24 = "pcm24"


class ResponsesOutputAudioPartAudioUrl(BaseModel):
    """The `audio_url` field of `ResponsesOutputAudioPart`."""

    url: str | None = None


class ResponsesOutputAudioPart(BaseModel):
    """The `ResponsesOutputAudioPart` schema."""

    type: ResponsesOutputAudioPartType
    b64_json: str | None = None
    audio_url: ResponsesOutputAudioPartAudioUrl | None = None
    mime_type: str | None = None
    format: ResponsesOutputAudioPartFormat | None = None
