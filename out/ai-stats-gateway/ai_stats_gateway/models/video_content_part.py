"""Models of Phaseo Gateway API: VideoContentPart, VideoContentPartType."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class VideoContentPartType(OpenEnum):
    """The `type` field of `VideoContentPart`."""

    INPUT_VIDEO = "input_video"


class VideoContentPart(BaseModel):
    """The `VideoContentPart` schema."""

    type: VideoContentPartType
    video_url: str
