"""Models of Phaseo Gateway API: EmbeddingsMultimodalInputContentItemVariant1Type."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "EmbeddingsMultimodalInputContentItemVariant1Type",
]


class EmbeddingsMultimodalInputContentItemVariant1Type(OpenEnum):
    """The `type` field of `EmbeddingsMultimodalInputContentItemVariant1`."""

    IMAGE_URL = "image_url"
    INPUT_IMAGE = "input_image"
    IMAGE = "image"
