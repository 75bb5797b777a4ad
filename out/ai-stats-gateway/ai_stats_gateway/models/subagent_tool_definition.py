"""Models of Phaseo Gateway API: SubagentToolDefinition."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel
from .subagent_tool_definition_type import SubagentToolDefinitionType

__all__ = [
    "SubagentToolDefinition",
]


class SubagentToolDefinition(BaseModel):
    """The `SubagentToolDefinition` schema."""

    type: SubagentToolDefinitionType
    parameters: dict[str, Any] | None = None
