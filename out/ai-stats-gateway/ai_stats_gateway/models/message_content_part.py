"""Models of Phaseo Gateway API: MessageContentPart."""

from __future__ import annotations

from typing import TypeAlias

from .audio_content_part import AudioContentPart
from .image_content_part import ImageContentPart
from .text_content_part import TextContentPart
from .tool_call_content_part import ToolCallContentPart
from .video_content_part import VideoContentPart

MessageContentPart: TypeAlias = (
    TextContentPart | ImageContentPart | AudioContentPart | VideoContentPart | ToolCallContentPart
)
