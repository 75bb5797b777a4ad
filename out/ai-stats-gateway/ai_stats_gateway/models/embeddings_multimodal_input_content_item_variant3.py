"""Models of Phaseo Gateway API: EmbeddingsMultimodalInputContentItemVariant3."""

from __future__ import annotations

from .._base_model import BaseModel
from .embeddings_multimodal_input_content_item_variant3_type import (
    EmbeddingsMultimodalInputContentItemVariant3Type,
)
from .embeddings_multimodal_input_content_item_variant3_url_varian import (
    EmbeddingsMultimodalInputContentItemVariant3UrlVariant1,
)
from .embeddings_multimodal_input_content_item_variant3_video_url import (
    EmbeddingsMultimodalInputContentItemVariant3VideoUrlVariant1,
)

__all__ = [
    "EmbeddingsMultimodalInputContentItemVariant3",
]


class EmbeddingsMultimodalInputContentItemVariant3(BaseModel):
    """The `content_item_variant3` field of `EmbeddingsMultimodalInput`."""

    type: EmbeddingsMultimodalInputContentItemVariant3Type
    video_url: str | EmbeddingsMultimodalInputContentItemVariant3VideoUrlVariant1 | None = None
    url: str | EmbeddingsMultimodalInputContentItemVariant3UrlVariant1 | None = None
