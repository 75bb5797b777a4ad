"""Models of Phaseo Gateway API: FunctionToolDefinitionType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "FunctionToolDefinitionType",
]


class FunctionToolDefinitionType(OpenEnum):
    """The `type` field of `FunctionToolDefinition`."""

    FUNCTION = "function"
