"""Models of Phaseo Gateway API: GatewayWebFetchToolDefinitionType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GatewayWebFetchToolDefinitionType",
]


class GatewayWebFetchToolDefinitionType(OpenEnum):
    """The `type` field of `GatewayWebFetchToolDefinition`."""

    PHASEO_WEB_FETCH = "phaseo:web_fetch"
    GATEWAY_WEB_FETCH = "gateway:web_fetch"
