"""Models of Phaseo Gateway API: GatewayWebSearchToolDefinition, GatewayWebSearchToolDefinitionParameters, GatewayWebSearchToolDefinitionType."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class GatewayWebSearchToolDefinitionType(OpenEnum):
    """The `type` field of `GatewayWebSearchToolDefinition`."""

    PHASEO_WEB_SEARCH = "phaseo:web_search"
    GATEWAY_WEB_SEARCH = "gateway:web_search"


class GatewayWebSearchToolDefinitionParameters(BaseModel):
    """The `parameters` field of `GatewayWebSearchToolDefinition`."""

    max_results: int | None = None
    include_text: bool | None = None
    include_highlights: bool | None = None


class GatewayWebSearchToolDefinition(BaseModel):
    """Gateway-managed server tool. The gateway executes a web search and injects normalized search results back into the model tool loop."""

    type: GatewayWebSearchToolDefinitionType
    parameters: GatewayWebSearchToolDefinitionParameters | None = None
    max_results: int | None = None
    include_text: bool | None = None
    include_highlights: bool | None = None
