"""Models of Phaseo Gateway API: FusionToolDefinition."""

from __future__ import annotations

from .._base_model import BaseModel
from .fusion_tool_definition_parameters import FusionToolDefinitionParameters
from .fusion_tool_definition_type import FusionToolDefinitionType

__all__ = [
    "FusionToolDefinition",
]


class FusionToolDefinition(BaseModel):
    """The `FusionToolDefinition` schema."""

    type: FusionToolDefinitionType
    parameters: FusionToolDefinitionParameters | None = None
