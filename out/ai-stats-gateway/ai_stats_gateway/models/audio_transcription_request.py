"""Models of Phaseo Gateway API: AudioTranscriptionRequest and 3 more."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum
from .provider_routing_options import ProviderRoutingOptions


class AudioTranscriptionRequestChunkingStrategyVariant0(OpenEnum):
    """The `chunking_strategy_variant0` field of `AudioTranscriptionRequest`."""

    AUTO = "auto"


class AudioTranscriptionRequestChunkingStrategyVariant1Type(OpenEnum):
    """The `type` field of `AudioTranscriptionRequestChunkingStrategyVariant1`."""

    SERVER_VAD = "server_vad"


class AudioTranscriptionRequestChunkingStrategyVariant1(BaseModel):
    """The `chunking_strategy_variant1` field of `AudioTranscriptionRequest`."""

    type: AudioTranscriptionRequestChunkingStrategyVariant1Type
    prefix_padding_ms: int | None = None
    silence_duration_ms: int | None = None
    threshold: int | float | None = None


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
