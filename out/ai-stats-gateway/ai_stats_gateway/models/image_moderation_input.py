"""Models of Phaseo Gateway API: ImageModerationInput."""

from __future__ import annotations

from .._base_model import BaseModel
from .image_moderation_input_image_url import ImageModerationInputImageUrl
from .image_moderation_input_type import ImageModerationInputType

__all__ = [
    "ImageModerationInput",
]


class ImageModerationInput(BaseModel):
    """The `ImageModerationInput` schema."""

    type: ImageModerationInputType
    image_url: ImageModerationInputImageUrl
