"""Models of Phaseo Gateway API: EmbeddingsMultimodalInputContentItemVariant2."""

from __future__ import annotations

from .._base_model import BaseModel
from .embeddings_multimodal_input_content_item_variant2_input_audi import (
    EmbeddingsMultimodalInputContentItemVariant2InputAudio,
)
from .embeddings_multimodal_input_content_item_variant2_type import (
    EmbeddingsMultimodalInputContentItemVariant2Type,
)

__all__ = [
    "EmbeddingsMultimodalInputContentItemVariant2",
]


class EmbeddingsMultimodalInputContentItemVariant2(BaseModel):
    """The `content_item_variant2` field of `EmbeddingsMultimodalInput`."""

    type: EmbeddingsMultimodalInputContentItemVariant2Type
    input_audio: EmbeddingsMultimodalInputContentItemVariant2InputAudio
