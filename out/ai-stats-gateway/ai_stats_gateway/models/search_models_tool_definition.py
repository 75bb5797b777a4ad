"""Models of Phaseo Gateway API: SearchModelsToolDefinition."""

from __future__ import annotations

from .._base_model import BaseModel
from .search_models_tool_definition_parameters import SearchModelsToolDefinitionParameters
from .search_models_tool_definition_type import SearchModelsToolDefinitionType

__all__ = [
    "SearchModelsToolDefinition",
]


class SearchModelsToolDefinition(BaseModel):
    """The `SearchModelsToolDefinition` schema."""

    type: SearchModelsToolDefinitionType
    parameters: SearchModelsToolDefinitionParameters | None = None
