"""Models of Phaseo Gateway API: TextContentPart."""

from __future__ import annotations

from .._base_model import BaseModel
from .text_content_part_type import TextContentPartType

__all__ = [
    "TextContentPart",
]


class TextContentPart(BaseModel):
    """The `TextContentPart` schema."""

    type: TextContentPartType
    text: str
