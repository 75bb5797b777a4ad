"""Models of Phaseo Gateway API: AudioSpeechRequest, AudioSpeechRequestFormat."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum
from .provider_routing_options import ProviderRoutingOptions


class AudioSpeechRequestFormat(OpenEnum):
    """The `format` field of `AudioSpeechRequest`."""

    MP3 = "mp3"
    WAV = "wav"
    OGG = "ogg"
    AAC = "aac"


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
