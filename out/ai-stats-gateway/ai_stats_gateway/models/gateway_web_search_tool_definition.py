"""Models of Phaseo Gateway API: GatewayWebSearchToolDefinition."""

from __future__ import annotations

from .._base_model import BaseModel
from .gateway_web_search_tool_definition_parameters import GatewayWebSearchToolDefinitionParameters
from .gateway_web_search_tool_definition_type import GatewayWebSearchToolDefinitionType

__all__ = [
    "GatewayWebSearchToolDefinition",
]


class GatewayWebSearchToolDefinition(BaseModel):
    """Gateway-managed server tool. The gateway executes a web search and injects normalized search results back into the model tool loop."""

    type: GatewayWebSearchToolDefinitionType
    parameters: GatewayWebSearchToolDefinitionParameters | None = None
    max_results: int | None = None
    include_text: bool | None = None
    include_highlights: bool | None = None
