"""Models of Phaseo Gateway API: AudioSpeechRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .audio_speech_request_format import AudioSpeechRequestFormat
from .provider_routing_options import ProviderRoutingOptions

__all__ = [
    "AudioSpeechRequest",
]


class AudioSpeechRequest(BaseModel):
    """The `AudioSpeechRequest` schema.

    Attributes:
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    input: str
    voice: str | None = None
    format: AudioSpeechRequestFormat | None = None
    provider: ProviderRoutingOptions | None = None
