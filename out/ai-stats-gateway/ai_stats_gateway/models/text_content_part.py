"""Models of Phaseo Gateway API: TextContentPart, TextContentPartType."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class TextContentPartType(OpenEnum):
    """The `type` field of `TextContentPart`."""

    TEXT = "text"


class TextContentPart(BaseModel):
    """The `TextContentPart` schema."""

    type: TextContentPartType
    text: str
