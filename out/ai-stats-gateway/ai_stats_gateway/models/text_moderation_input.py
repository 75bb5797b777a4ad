"""Models of Phaseo Gateway API: TextModerationInput."""

from __future__ import annotations

from .._base_model import BaseModel
from .text_moderation_input_type import TextModerationInputType

__all__ = [
    "TextModerationInput",
]


class TextModerationInput(BaseModel):
    """The `TextModerationInput` schema."""

    type: TextModerationInputType
    text: str
