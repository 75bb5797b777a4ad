"""Models of Phaseo Gateway API: ImageModerationInputImageUrl."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "ImageModerationInputImageUrl",
]


class ImageModerationInputImageUrl(BaseModel):
    """The `image_url` field of `ImageModerationInput`."""

    url: str | None = None
