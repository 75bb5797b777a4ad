"""Models of Phaseo Gateway API: GatewayDatetimeToolDefinitionType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GatewayDatetimeToolDefinitionType",
]


class GatewayDatetimeToolDefinitionType(OpenEnum):
    """The `type` field of `GatewayDatetimeToolDefinition`."""

    PHASEO_DATETIME = "phaseo:datetime"
    GATEWAY_DATETIME = "gateway:datetime"
