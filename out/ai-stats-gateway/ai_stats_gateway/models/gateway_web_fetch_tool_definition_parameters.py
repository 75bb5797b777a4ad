"""Models of Phaseo Gateway API: GatewayWebFetchToolDefinitionParameters."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "GatewayWebFetchToolDefinitionParameters",
]


class GatewayWebFetchToolDefinitionParameters(BaseModel):
    """The `parameters` field of `GatewayWebFetchToolDefinition`."""

    max_chars: int | None = None
