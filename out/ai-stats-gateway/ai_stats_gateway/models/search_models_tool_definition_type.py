"""Models of Phaseo Gateway API: SearchModelsToolDefinitionType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "SearchModelsToolDefinitionType",
]


class SearchModelsToolDefinitionType(OpenEnum):
    """The `type` field of `SearchModelsToolDefinition`."""

    PHASEO_SEARCH_MODELS = "phaseo:search_models"
