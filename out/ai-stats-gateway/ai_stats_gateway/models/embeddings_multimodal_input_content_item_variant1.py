"""Models of Phaseo Gateway API: EmbeddingsMultimodalInputContentItemVariant1."""

from __future__ import annotations

from .._base_model import BaseModel
from .embeddings_multimodal_input_content_item_variant1_image_url import (
    EmbeddingsMultimodalInputContentItemVariant1ImageUrlVariant1,
)
from .embeddings_multimodal_input_content_item_variant1_type import (
    EmbeddingsMultimodalInputContentItemVariant1Type,
)
from .embeddings_multimodal_input_content_item_variant1_url_varian import (
    EmbeddingsMultimodalInputContentItemVariant1UrlVariant1,
)

__all__ = [
    "EmbeddingsMultimodalInputContentItemVariant1",
]


class EmbeddingsMultimodalInputContentItemVariant1(BaseModel):
    """The `content_item_variant1` field of `EmbeddingsMultimodalInput`."""

    type: EmbeddingsMultimodalInputContentItemVariant1Type
    image_url: str | EmbeddingsMultimodalInputContentItemVariant1ImageUrlVariant1 | None = None
    url: str | EmbeddingsMultimodalInputContentItemVariant1UrlVariant1 | None = None
