"""Models of Phaseo Gateway API: GatewayWebSearchToolDefinitionParameters."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "GatewayWebSearchToolDefinitionParameters",
]


class GatewayWebSearchToolDefinitionParameters(BaseModel):
    """The `parameters` field of `GatewayWebSearchToolDefinition`."""

    max_results: int | None = None
    include_text: bool | None = None
    include_highlights: bool | None = None
