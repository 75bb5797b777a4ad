"""Models of Phaseo Gateway API: ImageModerationInput, ImageModerationInputImageUrl, ImageModerationInputType."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class ImageModerationInputType(OpenEnum):
    """The `type` field of `ImageModerationInput`."""

    IMAGE_URL = "image_url"


class ImageModerationInputImageUrl(BaseModel):
    """The `image_url` field of `ImageModerationInput`."""

    url: str | None = None


class ImageModerationInput(BaseModel):
    """The `ImageModerationInput` schema."""

    type: ImageModerationInputType
    image_url: ImageModerationInputImageUrl
