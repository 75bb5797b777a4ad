"""Models of Phaseo Gateway API: EmbeddingsMultimodalInputContentItemVariant0Type."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "EmbeddingsMultimodalInputContentItemVariant0Type",
]


class EmbeddingsMultimodalInputContentItemVariant0Type(OpenEnum):
    """The `type` field of `EmbeddingsMultimodalInputContentItemVariant0`."""

    TEXT = "text"
    INPUT_TEXT = "input_text"
