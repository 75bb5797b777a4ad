"""Models of Phaseo Gateway API: TextContentPartType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "TextContentPartType",
]


class TextContentPartType(OpenEnum):
    """The `type` field of `TextContentPart`."""

    TEXT = "text"
