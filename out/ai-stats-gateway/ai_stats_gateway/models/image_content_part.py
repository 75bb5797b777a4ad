"""Models of Phaseo Gateway API: ImageContentPart, ImageContentPartImageUrl, ImageContentPartType."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class ImageContentPartType(OpenEnum):
    """The `type` field of `ImageContentPart`."""

    IMAGE_URL = "image_url"


class ImageContentPartImageUrl(BaseModel):
    """The `image_url` field of `ImageContentPart`.

    Attributes:
        url: HTTP(S) URL or data URI.
    """

    url: str | None = None


class ImageContentPart(BaseModel):
    """The `ImageContentPart` schema."""

    type: ImageContentPartType
    image_url: ImageContentPartImageUrl
