"""Models of Phaseo Gateway API: AudioTranscriptionRequestChunkingStrategyVariant0."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "AudioTranscriptionRequestChunkingStrategyVariant0",
]


class AudioTranscriptionRequestChunkingStrategyVariant0(OpenEnum):
    """The `chunking_strategy_variant0` field of `AudioTranscriptionRequest`."""

    AUTO = "auto"
