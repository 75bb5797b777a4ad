"""Models of Phaseo Gateway API: SubagentToolDefinitionType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "SubagentToolDefinitionType",
]


class SubagentToolDefinitionType(OpenEnum):
    """The `type` field of `SubagentToolDefinition`."""

    PHASEO_SUBAGENT = "phaseo:subagent"
