"""Models of Phaseo Gateway API: ToolCallContentPart."""

from __future__ import annotations

from .._base_model import BaseModel
from .tool_call_content_part_function import ToolCallContentPartFunction
from .tool_call_content_part_type import ToolCallContentPartType

__all__ = [
    "ToolCallContentPart",
]


class ToolCallContentPart(BaseModel):
    """The `ToolCallContentPart` schema."""

    type: ToolCallContentPartType
    id: str
    function: ToolCallContentPartFunction
