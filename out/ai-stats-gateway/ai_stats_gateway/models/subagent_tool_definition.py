"""Models of Phaseo Gateway API: SubagentToolDefinition, SubagentToolDefinitionType."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, OpenEnum


class SubagentToolDefinitionType(OpenEnum):
    """The `type` field of `SubagentToolDefinition`."""

    PHASEO_SUBAGENT = "phaseo:subagent"


class SubagentToolDefinition(BaseModel):
    """The `SubagentToolDefinition` schema."""

    type: SubagentToolDefinitionType
    parameters: dict[str, Any] | None = None
