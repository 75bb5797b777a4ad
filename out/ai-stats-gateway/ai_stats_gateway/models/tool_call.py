"""Models of Phaseo Gateway API: ToolCall."""

from __future__ import annotations

from .._base_model import BaseModel
from .tool_call_function import ToolCallFunction
from .tool_call_type import ToolCallType

__all__ = [
    "ToolCall",
]


class ToolCall(BaseModel):
    """The `ToolCall` schema."""

    id: str
    type: ToolCallType
    function: ToolCallFunction
