"""Models of Phaseo Gateway API: EmbeddingsMultimodalInputContentItemVariant3VideoUrlVariant1."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "EmbeddingsMultimodalInputContentItemVariant3VideoUrlVariant1",
]


class EmbeddingsMultimodalInputContentItemVariant3VideoUrlVariant1(BaseModel):
    """The `video_url_variant1` field of `EmbeddingsMultimodalInputContentItemVariant3`."""

    url: str
