"""Models of Phaseo Gateway API: EmbeddingsMultimodalInputContentItemVariant1UrlVariant1."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "EmbeddingsMultimodalInputContentItemVariant1UrlVariant1",
]


class EmbeddingsMultimodalInputContentItemVariant1UrlVariant1(BaseModel):
    """The `url_variant1` field of `EmbeddingsMultimodalInputContentItemVariant1`."""

    url: str
