"""Models of Phaseo Gateway API: FusionToolDefinition, FusionToolDefinitionParameters, FusionToolDefinitionType."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class FusionToolDefinitionType(OpenEnum):
    """The `type` field of `FusionToolDefinition`."""

    PHASEO_FUSION = "phaseo:fusion"


class FusionToolDefinitionParameters(BaseModel):
    """The `parameters` field of `FusionToolDefinition`."""

    analysis_models: list[str]
    model: str | None = None


class FusionToolDefinition(BaseModel):
    """The `FusionToolDefinition` schema."""

    type: FusionToolDefinitionType
    parameters: FusionToolDefinitionParameters | None = None
