"""Models of Phaseo Gateway API: SearchModelsToolDefinition, SearchModelsToolDefinitionParameters, SearchModelsToolDefinitionType."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class SearchModelsToolDefinitionType(OpenEnum):
    """The `type` field of `SearchModelsToolDefinition`."""

    PHASEO_SEARCH_MODELS = "phaseo:search_models"


class SearchModelsToolDefinitionParameters(BaseModel):
    """The `parameters` field of `SearchModelsToolDefinition`."""

    max_results: int | None = None


class SearchModelsToolDefinition(BaseModel):
    """The `SearchModelsToolDefinition` schema."""

    type: SearchModelsToolDefinitionType
    parameters: SearchModelsToolDefinitionParameters | None = None
