"""Models of Phaseo Gateway API: EmbeddingsMultimodalInputContentItemVariant2InputAudio."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "EmbeddingsMultimodalInputContentItemVariant2InputAudio",
]


class EmbeddingsMultimodalInputContentItemVariant2InputAudio(BaseModel):
    """The `input_audio` field of `EmbeddingsMultimodalInputContentItemVariant2`."""

    data: str | None = None
    url: str | None = None
    format: str | None = None
