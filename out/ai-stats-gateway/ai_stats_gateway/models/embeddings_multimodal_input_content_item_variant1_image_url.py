"""Models of Phaseo Gateway API: EmbeddingsMultimodalInputContentItemVariant1ImageUrlVariant1."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "EmbeddingsMultimodalInputContentItemVariant1ImageUrlVariant1",
]


class EmbeddingsMultimodalInputContentItemVariant1ImageUrlVariant1(BaseModel):
    """The `image_url_variant1` field of `EmbeddingsMultimodalInputContentItemVariant1`."""

    url: str
