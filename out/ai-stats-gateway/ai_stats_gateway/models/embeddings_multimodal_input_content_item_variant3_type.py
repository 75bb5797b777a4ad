"""Models of Phaseo Gateway API: EmbeddingsMultimodalInputContentItemVariant3Type."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "EmbeddingsMultimodalInputContentItemVariant3Type",
]


class EmbeddingsMultimodalInputContentItemVariant3Type(OpenEnum):
    """The `type` field of `EmbeddingsMultimodalInputContentItemVariant3`."""

    INPUT_VIDEO = "input_video"
    VIDEO_URL = "video_url"
