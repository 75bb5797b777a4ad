"""Models of Phaseo Gateway API: ImageContentPartType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ImageContentPartType",
]


class ImageContentPartType(OpenEnum):
    """The `type` field of `ImageContentPart`."""

    IMAGE_URL = "image_url"
