"""Models of Phaseo Gateway API: ToolCallContentPart, ToolCallContentPartFunction, ToolCallContentPartType."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class ToolCallContentPartType(OpenEnum):
    """The `type` field of `ToolCallContentPart`."""

    TOOL_CALL = "tool_call"


class ToolCallContentPartFunction(BaseModel):
    """The `function` field of `ToolCallContentPart`."""

    name: str | None = None
    arguments: str | None = None


class ToolCallContentPart(BaseModel):
    """The `ToolCallContentPart` schema."""

    type: ToolCallContentPartType
    id: str
    function: ToolCallContentPartFunction
