"""Models of Phaseo Gateway API: GatewayDatetimeToolDefinition."""

from __future__ import annotations

from .._base_model import BaseModel
from .gateway_datetime_tool_definition_parameters import GatewayDatetimeToolDefinitionParameters
from .gateway_datetime_tool_definition_type import GatewayDatetimeToolDefinitionType

__all__ = [
    "GatewayDatetimeToolDefinition",
]


class GatewayDatetimeToolDefinition(BaseModel):
    """Gateway-managed server tool. The gateway executes the datetime lookup and injects the result back into the model tool loop.


    Attributes:
        timezone: Legacy shortcut for default timezone (IANA).
    """

    type: GatewayDatetimeToolDefinitionType
    parameters: GatewayDatetimeToolDefinitionParameters | None = None
    timezone: str | None = None
