"""Models of Phaseo Gateway API: ImageConfigImageSize."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ImageConfigImageSize",
]


class ImageConfigImageSize(OpenEnum):
    """The `image_size` field of `ImageConfig`."""

    VALUE_0_5_K = "0.5K"
    VALUE_1_K = "1K"
    VALUE_2_K = "2K"
    VALUE_4_K = "4K"
