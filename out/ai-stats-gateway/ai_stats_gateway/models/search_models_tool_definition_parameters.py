"""Models of Phaseo Gateway API: SearchModelsToolDefinitionParameters."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "SearchModelsToolDefinitionParameters",
]


class SearchModelsToolDefinitionParameters(BaseModel):
    """The `parameters` field of `SearchModelsToolDefinition`."""

    max_results: int | None = None
