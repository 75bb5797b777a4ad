"""Models of Phaseo Gateway API: ImageModerationInputType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ImageModerationInputType",
]


class ImageModerationInputType(OpenEnum):
    """The `type` field of `ImageModerationInput`."""

    IMAGE_URL = "image_url"
