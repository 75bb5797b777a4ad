"""Models of Phaseo Gateway API: MusicGenerateRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .debug_options import DebugOptions
from .music_generate_request_elevenlabs import MusicGenerateRequestElevenlabs
from .music_generate_request_format import MusicGenerateRequestFormat
from .music_generate_request_suno import MusicGenerateRequestSuno
from .provider_routing_options import ProviderRoutingOptions

__all__ = [
    "MusicGenerateRequest",
]


class MusicGenerateRequest(BaseModel):
    """The `MusicGenerateRequest` schema.

    Attributes:
        provider: Provider routing preferences for gateway selection.
        debug: Gateway debug controls. These flags are never forwarded upstream.
    """

    model: str
    prompt: str | None = None
    duration: int | None = None
    format: MusicGenerateRequestFormat | None = None
    provider: ProviderRoutingOptions | None = None
    suno: MusicGenerateRequestSuno | None = None
    elevenlabs: MusicGenerateRequestElevenlabs | None = None
    echo_upstream_request: bool | None = None
    debug: DebugOptions | None = None
