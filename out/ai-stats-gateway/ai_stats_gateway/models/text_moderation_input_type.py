"""Models of Phaseo Gateway API: TextModerationInputType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "TextModerationInputType",
]


class TextModerationInputType(OpenEnum):
    """The `type` field of `TextModerationInput`."""

    TEXT = "text"
