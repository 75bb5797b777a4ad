"""Models of Phaseo Gateway API: ImageContentPart."""

from __future__ import annotations

from .._base_model import BaseModel
from .image_content_part_image_url import ImageContentPartImageUrl
from .image_content_part_type import ImageContentPartType

__all__ = [
    "ImageContentPart",
]


class ImageContentPart(BaseModel):
    """The `ImageContentPart` schema."""

    type: ImageContentPartType
    image_url: ImageContentPartImageUrl
