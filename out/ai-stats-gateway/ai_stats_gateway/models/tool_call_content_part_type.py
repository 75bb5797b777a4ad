"""Models of Phaseo Gateway API: ToolCallContentPartType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ToolCallContentPartType",
]


class ToolCallContentPartType(OpenEnum):
    """The `type` field of `ToolCallContentPart`."""

    TOOL_CALL = "tool_call"
