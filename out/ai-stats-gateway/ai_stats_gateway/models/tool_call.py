"""Models of Phaseo Gateway API: ToolCall, ToolCallFunction, ToolCallType."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, OpenEnum


class ToolCallType(OpenEnum):
    """The `type` field of `ToolCall`."""

    FUNCTION = "function"


class ToolCallFunction(BaseModel):
    """The `function` field of `ToolCall`."""

    name: str | None = None
    arguments: str | None = None
    description: str | None = None
    parameters: dict[str, Any] | None = None


class ToolCall(BaseModel):
    """The `ToolCall` schema."""

    id: str
    type: ToolCallType
    function: ToolCallFunction
