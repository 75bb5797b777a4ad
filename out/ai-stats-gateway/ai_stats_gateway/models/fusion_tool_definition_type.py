"""Models of Phaseo Gateway API: FusionToolDefinitionType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "FusionToolDefinitionType",
]


class FusionToolDefinitionType(OpenEnum):
    """The `type` field of `FusionToolDefinition`."""

    PHASEO_FUSION = "phaseo:fusion"
