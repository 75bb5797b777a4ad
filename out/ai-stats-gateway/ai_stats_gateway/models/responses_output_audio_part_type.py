"""Models of Phaseo Gateway API: ResponsesOutputAudioPartType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ResponsesOutputAudioPartType",
]


class ResponsesOutputAudioPartType(OpenEnum):
    """The `type` field of `ResponsesOutputAudioPart`."""

    OUTPUT_AUDIO = "output_audio"
