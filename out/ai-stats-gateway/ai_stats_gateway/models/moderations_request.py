"""Models of Phaseo Gateway API: ModerationsRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .debug_options import DebugOptions
from .image_moderation_input import ImageModerationInput
from .provider_routing_options import ProviderRoutingOptions
from .text_moderation_input import TextModerationInput


class ModerationsRequest(BaseModel):
    """The `ModerationsRequest` schema.

    Attributes:
        meta: Server default: False.
        debug: Gateway debug controls. These flags are never forwarded upstream.
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    meta: bool | None = None
    debug: DebugOptions | None = None
    input: str | list[TextModerationInput | ImageModerationInput]
    provider: ProviderRoutingOptions | None = None
