"""Models of Phaseo Gateway API: FunctionToolDefinition, FunctionToolDefinitionFunction, FunctionToolDefinitionType."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, OpenEnum


class FunctionToolDefinitionType(OpenEnum):
    """The `type` field of `FunctionToolDefinition`."""

    FUNCTION = "function"


class FunctionToolDefinitionFunction(BaseModel):
    """The `function` field of `FunctionToolDefinition`."""

    name: str
    description: str | None = None
    parameters: dict[str, Any]


class FunctionToolDefinition(BaseModel):
    """The `FunctionToolDefinition` schema."""

    type: FunctionToolDefinitionType
    function: FunctionToolDefinitionFunction
