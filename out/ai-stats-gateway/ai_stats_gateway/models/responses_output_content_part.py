"""Models of Phaseo Gateway API: ResponsesOutputContentPart."""

from __future__ import annotations

from typing import TypeAlias

from .responses_output_audio_part import ResponsesOutputAudioPart
from .responses_output_image_part import ResponsesOutputImagePart
from .responses_output_text_part import ResponsesOutputTextPart

ResponsesOutputContentPart: TypeAlias = (
    ResponsesOutputTextPart | ResponsesOutputImagePart | ResponsesOutputAudioPart
)
