"""Models of Phaseo Gateway API: AudioTranslationRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .provider_routing_options import ProviderRoutingOptions


class AudioTranslationRequest(BaseModel):
    """The `AudioTranslationRequest` schema.

    Attributes:
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    audio_url: str | None = None
    audio_b64: str | None = None
    language: str | None = None
    prompt: str | None = None
    temperature: int | float | None = None
    provider: ProviderRoutingOptions | None = None
