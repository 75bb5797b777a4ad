"""Models of Phaseo Gateway API: AnthropicMessagesRequest, AnthropicMessagesRequestSystemVariant1Item, AnthropicMessagesRequestSystemVariant1ItemType."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, OpenEnum
from .anthropic_message import AnthropicMessage
from .anthropic_tool import AnthropicTool
from .cache_control import CacheControl
from .debug_options import DebugOptions
from .fusion_tool_definition import FusionToolDefinition
from .gateway_datetime_tool_definition import GatewayDatetimeToolDefinition
from .gateway_web_fetch_tool_definition import GatewayWebFetchToolDefinition
from .gateway_web_search_tool_definition import GatewayWebSearchToolDefinition
from .provider_options import ProviderOptions
from .provider_routing_options import ProviderRoutingOptions
from .reasoning_config import ReasoningConfig
from .search_models_tool_definition import SearchModelsToolDefinition
from .subagent_tool_definition import SubagentToolDefinition


class AnthropicMessagesRequestSystemVariant1ItemType(OpenEnum):
    """The `type` field of `AnthropicMessagesRequestSystemVariant1Item`."""

    TEXT = "text"


class AnthropicMessagesRequestSystemVariant1Item(BaseModel):
    """The `system_variant1_item` field of `AnthropicMessagesRequest`."""

    type: AnthropicMessagesRequestSystemVariant1ItemType | None = None
    text: str | None = None
    cache_control: CacheControl | None = None


class AnthropicMessagesRequest(BaseModel):
    """The `AnthropicMessagesRequest` schema.

    Attributes:
        tools: Anthropic-compatible tools plus gateway-managed server tools.
        tool_choice: Anthropic tool choice object/string. Gateway-managed server tool names are also accepted and rewritten by the gateway.
        session_id: Unique identifier for grouping related requests (for example, a conversation or agent workflow) for observability.
        provider_options: Optional provider-specific options.
        debug: Gateway debug controls. These flags are never forwarded upstream.
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    system: str | list[AnthropicMessagesRequestSystemVariant1Item] | None = None
    messages: list[AnthropicMessage]
    max_tokens: int
    temperature: int | float | None = None
    top_p: int | float | None = None
    top_k: int | None = None
    tools: (
        list[
            AnthropicTool
            | GatewayDatetimeToolDefinition
            | GatewayWebSearchToolDefinition
            | GatewayWebFetchToolDefinition
            | SubagentToolDefinition
            | FusionToolDefinition
            | SearchModelsToolDefinition
        ]
        | None
    ) = None
    tool_choice: dict[str, Any] | str | None = None
    stream: bool | None = None
    metadata: dict[str, Any] | None = None
    session_id: str | None = None
    reasoning: ReasoningConfig | None = None
    stop_sequences: list[str] | None = None
    provider_options: ProviderOptions | None = None
    usage: bool | None = None
    meta: bool | None = None
    echo_upstream_request: bool | None = None
    debug: DebugOptions | None = None
    provider: ProviderRoutingOptions | None = None
