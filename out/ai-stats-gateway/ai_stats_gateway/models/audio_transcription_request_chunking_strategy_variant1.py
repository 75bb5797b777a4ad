"""Models of Phaseo Gateway API: AudioTranscriptionRequestChunkingStrategyVariant1."""

from __future__ import annotations

from .._base_model import BaseModel
from .audio_transcription_request_chunking_strategy_variant1_type import (
    AudioTranscriptionRequestChunkingStrategyVariant1Type,
)

__all__ = [
    "AudioTranscriptionRequestChunkingStrategyVariant1",
]


class AudioTranscriptionRequestChunkingStrategyVariant1(BaseModel):
    """The `chunking_strategy_variant1` field of `AudioTranscriptionRequest`."""

    type: AudioTranscriptionRequestChunkingStrategyVariant1Type
    prefix_padding_ms: int | None = None
    silence_duration_ms: int | None = None
    threshold: int | float | None = None
