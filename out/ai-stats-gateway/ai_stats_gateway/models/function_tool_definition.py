"""Models of Phaseo Gateway API: FunctionToolDefinition."""

from __future__ import annotations

from .._base_model import BaseModel
from .function_tool_definition_function import FunctionToolDefinitionFunction
from .function_tool_definition_type import FunctionToolDefinitionType

__all__ = [
    "FunctionToolDefinition",
]


class FunctionToolDefinition(BaseModel):
    """The `FunctionToolDefinition` schema."""

    type: FunctionToolDefinitionType
    function: FunctionToolDefinitionFunction
