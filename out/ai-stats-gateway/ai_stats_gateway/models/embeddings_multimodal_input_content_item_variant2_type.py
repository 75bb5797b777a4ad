"""Models of Phaseo Gateway API: EmbeddingsMultimodalInputContentItemVariant2Type."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "EmbeddingsMultimodalInputContentItemVariant2Type",
]


class EmbeddingsMultimodalInputContentItemVariant2Type(OpenEnum):
    """The `type` field of `EmbeddingsMultimodalInputContentItemVariant2`."""

    INPUT_AUDIO = "input_audio"
