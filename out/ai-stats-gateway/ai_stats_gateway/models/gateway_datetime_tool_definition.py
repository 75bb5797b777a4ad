"""Models of Phaseo Gateway API: GatewayDatetimeToolDefinition, GatewayDatetimeToolDefinitionParameters, GatewayDatetimeToolDefinitionType."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class GatewayDatetimeToolDefinitionType(OpenEnum):
    """The `type` field of `GatewayDatetimeToolDefinition`."""

    PHASEO_DATETIME = "phaseo:datetime"
    GATEWAY_DATETIME = "gateway:datetime"


class GatewayDatetimeToolDefinitionParameters(BaseModel):
    """The `parameters` field of `GatewayDatetimeToolDefinition`.

    Attributes:
        timezone: IANA timezone name (for example Europe/London).
    """

    timezone: str | None = None


class GatewayDatetimeToolDefinition(BaseModel):
    """Gateway-managed server tool. The gateway executes the datetime lookup and injects the result back into the model tool loop.


    Attributes:
        timezone: Legacy shortcut for default timezone (IANA).
    """

    type: GatewayDatetimeToolDefinitionType
    parameters: GatewayDatetimeToolDefinitionParameters | None = None
    timezone: str | None = None
