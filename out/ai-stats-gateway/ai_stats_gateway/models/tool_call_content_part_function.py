"""Models of Phaseo Gateway API: ToolCallContentPartFunction."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "ToolCallContentPartFunction",
]


class ToolCallContentPartFunction(BaseModel):
    """The `function` field of `ToolCallContentPart`."""

    name: str | None = None
    arguments: str | None = None
