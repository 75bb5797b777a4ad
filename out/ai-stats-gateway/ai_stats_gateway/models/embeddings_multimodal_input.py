"""Models of Phaseo Gateway API: EmbeddingsMultimodalInput."""

from __future__ import annotations

from .._base_model import BaseModel
from .embeddings_multimodal_input_content_item_variant0 import (
    EmbeddingsMultimodalInputContentItemVariant0,
)
from .embeddings_multimodal_input_content_item_variant1 import (
    EmbeddingsMultimodalInputContentItemVariant1,
)
from .embeddings_multimodal_input_content_item_variant2 import (
    EmbeddingsMultimodalInputContentItemVariant2,
)
from .embeddings_multimodal_input_content_item_variant3 import (
    EmbeddingsMultimodalInputContentItemVariant3,
)

__all__ = [
    "EmbeddingsMultimodalInput",
]


class EmbeddingsMultimodalInput(BaseModel):
    """Google multimodal embeddings extension item."""

    content: list[
        EmbeddingsMultimodalInputContentItemVariant0
        | EmbeddingsMultimodalInputContentItemVariant1
        | EmbeddingsMultimodalInputContentItemVariant2
        | EmbeddingsMultimodalInputContentItemVariant3
    ]
