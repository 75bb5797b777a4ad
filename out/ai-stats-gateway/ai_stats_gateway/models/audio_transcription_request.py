"""Models of Phaseo Gateway API: AudioTranscriptionRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .audio_transcription_request_chunking_strategy_variant0 import (
    AudioTranscriptionRequestChunkingStrategyVariant0,
)
from .audio_transcription_request_chunking_strategy_variant1 import (
    AudioTranscriptionRequestChunkingStrategyVariant1,
)
from .provider_routing_options import ProviderRoutingOptions

__all__ = [
    "AudioTranscriptionRequest",
]


class AudioTranscriptionRequest(BaseModel):
    """The `AudioTranscriptionRequest` schema.

    Attributes:
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    audio_url: str | None = None
    audio_b64: str | None = None
    language: str | None = None
    chunking_strategy: (
        AudioTranscriptionRequestChunkingStrategyVariant0
        | AudioTranscriptionRequestChunkingStrategyVariant1
        | None
    ) = None
    known_speaker_names: list[str] | None = None
    known_speaker_references: list[str] | None = None
    provider: ProviderRoutingOptions | None = None
