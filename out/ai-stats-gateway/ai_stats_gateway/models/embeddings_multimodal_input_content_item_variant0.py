"""Models of Phaseo Gateway API: EmbeddingsMultimodalInputContentItemVariant0."""

from __future__ import annotations

from .._base_model import BaseModel
from .embeddings_multimodal_input_content_item_variant0_type import (
    EmbeddingsMultimodalInputContentItemVariant0Type,
)

__all__ = [
    "EmbeddingsMultimodalInputContentItemVariant0",
]


class EmbeddingsMultimodalInputContentItemVariant0(BaseModel):
    """The `content_item_variant0` field of `EmbeddingsMultimodalInput`."""

    type: EmbeddingsMultimodalInputContentItemVariant0Type
    text: str
