"""Models of Phaseo Gateway API: ParseBlockVariant0Text."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "ParseBlockVariant0Text",
]


class ParseBlockVariant0Text(BaseModel):
    """The `text` field of `ParseBlockVariant0`."""

    content: str
