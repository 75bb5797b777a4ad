"""Models of Phaseo Gateway API: ResponsesOutputAudioPart."""

from __future__ import annotations

from .._base_model import BaseModel
from .responses_output_audio_part_audio_url import ResponsesOutputAudioPartAudioUrl
from .responses_output_audio_part_format import ResponsesOutputAudioPartFormat
from .responses_output_audio_part_type import ResponsesOutputAudioPartType

__all__ = [
    "ResponsesOutputAudioPart",
]


class ResponsesOutputAudioPart(BaseModel):
    """The `ResponsesOutputAudioPart` schema."""

    type: ResponsesOutputAudioPartType
    b64_json: str | None = None
    audio_url: ResponsesOutputAudioPartAudioUrl | None = None
    mime_type: str | None = None
    format: ResponsesOutputAudioPartFormat | None = None
