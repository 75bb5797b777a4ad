"""Models of Phaseo Gateway API: TextGenerateTool."""

from __future__ import annotations

from typing import TypeAlias

from .function_tool_definition import FunctionToolDefinition
from .fusion_tool_definition import FusionToolDefinition
from .gateway_datetime_tool_definition import GatewayDatetimeToolDefinition
from .gateway_web_fetch_tool_definition import GatewayWebFetchToolDefinition
from .gateway_web_search_tool_definition import GatewayWebSearchToolDefinition
from .search_models_tool_definition import SearchModelsToolDefinition
from .subagent_tool_definition import SubagentToolDefinition

TextGenerateTool: TypeAlias = (
    FunctionToolDefinition
    | GatewayDatetimeToolDefinition
    | GatewayWebSearchToolDefinition
    | GatewayWebFetchToolDefinition
    | SubagentToolDefinition
    | FusionToolDefinition
    | SearchModelsToolDefinition
)
