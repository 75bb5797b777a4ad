"""Models of Phaseo Gateway API: TextModerationInput, TextModerationInputType."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class TextModerationInputType(OpenEnum):
    """The `type` field of `TextModerationInput`."""

    TEXT = "text"


class TextModerationInput(BaseModel):
    """The `TextModerationInput` schema."""

    type: TextModerationInputType
    text: str
