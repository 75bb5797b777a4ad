"""Models of Phaseo Gateway API: GatewayWebFetchToolDefinition."""

from __future__ import annotations

from .._base_model import BaseModel
from .gateway_web_fetch_tool_definition_parameters import GatewayWebFetchToolDefinitionParameters
from .gateway_web_fetch_tool_definition_type import GatewayWebFetchToolDefinitionType

__all__ = [
    "GatewayWebFetchToolDefinition",
]


class GatewayWebFetchToolDefinition(BaseModel):
    """Gateway-managed server tool. The gateway fetches one HTTP(S) page, reduces it to bounded text, and injects the result back into the model tool loop."""

    type: GatewayWebFetchToolDefinitionType
    parameters: GatewayWebFetchToolDefinitionParameters | None = None
    max_chars: int | None = None
