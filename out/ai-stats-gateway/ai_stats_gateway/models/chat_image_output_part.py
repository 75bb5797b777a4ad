"""Models of Phaseo Gateway API: ChatImageOutputPart."""

from __future__ import annotations

from .._base_model import BaseModel
from .chat_image_output_part_image_url import ChatImageOutputPartImageUrl
from .chat_image_output_part_type import ChatImageOutputPartType

__all__ = [
    "ChatImageOutputPart",
]


class ChatImageOutputPart(BaseModel):
    """The `ChatImageOutputPart` schema."""

    type: ChatImageOutputPartType
    image_url: ChatImageOutputPartImageUrl
    mime_type: str | None = None
