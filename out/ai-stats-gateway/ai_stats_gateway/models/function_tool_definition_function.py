"""Models of Phaseo Gateway API: FunctionToolDefinitionFunction."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel

__all__ = [
    "FunctionToolDefinitionFunction",
]


class FunctionToolDefinitionFunction(BaseModel):
    """The `function` field of `FunctionToolDefinition`."""

    name: str
    description: str | None = None
    parameters: dict[str, Any]
