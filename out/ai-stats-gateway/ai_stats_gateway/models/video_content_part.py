"""Models of Phaseo Gateway API: VideoContentPart."""

from __future__ import annotations

from .._base_model import BaseModel
from .video_content_part_type import VideoContentPartType

__all__ = [
    "VideoContentPart",
]


class VideoContentPart(BaseModel):
    """The `VideoContentPart` schema."""

    type: VideoContentPartType
    video_url: str
