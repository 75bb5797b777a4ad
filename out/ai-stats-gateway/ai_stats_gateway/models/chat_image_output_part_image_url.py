"""Models of Phaseo Gateway API: ChatImageOutputPartImageUrl."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "ChatImageOutputPartImageUrl",
]


class ChatImageOutputPartImageUrl(BaseModel):
    """The `image_url` field of `ChatImageOutputPart`.

    Attributes:
        url: HTTP(S) URL or data URI.
    """

    url: str
