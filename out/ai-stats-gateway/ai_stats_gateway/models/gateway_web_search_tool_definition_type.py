"""Models of Phaseo Gateway API: GatewayWebSearchToolDefinitionType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GatewayWebSearchToolDefinitionType",
]


class GatewayWebSearchToolDefinitionType(OpenEnum):
    """The `type` field of `GatewayWebSearchToolDefinition`."""

    PHASEO_WEB_SEARCH = "phaseo:web_search"
    GATEWAY_WEB_SEARCH = "gateway:web_search"
