"""Models of Phaseo Gateway API: AudioTranscriptionRequestChunkingStrategyVariant1Type."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "AudioTranscriptionRequestChunkingStrategyVariant1Type",
]


class AudioTranscriptionRequestChunkingStrategyVariant1Type(OpenEnum):
    """The `type` field of `AudioTranscriptionRequestChunkingStrategyVariant1`."""

    SERVER_VAD = "server_vad"
