"""Models of Phaseo Gateway API: EmbeddingsMultimodalInputContentItemVariant3UrlVariant1."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "EmbeddingsMultimodalInputContentItemVariant3UrlVariant1",
]


class EmbeddingsMultimodalInputContentItemVariant3UrlVariant1(BaseModel):
    """The `url_variant1` field of `EmbeddingsMultimodalInputContentItemVariant3`."""

    url: str
