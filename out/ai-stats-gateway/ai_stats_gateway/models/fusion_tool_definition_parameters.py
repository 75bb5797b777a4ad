"""Models of Phaseo Gateway API: FusionToolDefinitionParameters."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "FusionToolDefinitionParameters",
]


class FusionToolDefinitionParameters(BaseModel):
    """The `parameters` field of `FusionToolDefinition`."""

    analysis_models: list[str]
    model: str | None = None
