"""Models of Phaseo Gateway API: ImageContentPartImageUrl."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "ImageContentPartImageUrl",
]


class ImageContentPartImageUrl(BaseModel):
    """The `image_url` field of `ImageContentPart`.

    Attributes:
        url: HTTP(S) URL or data URI.
    """

    url: str | None = None
