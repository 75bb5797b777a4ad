"""Models of Phaseo Gateway API: VideoContentPartType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "VideoContentPartType",
]


class VideoContentPartType(OpenEnum):
    """The `type` field of `VideoContentPart`."""

    INPUT_VIDEO = "input_video"
