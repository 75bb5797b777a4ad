"""Models of Phaseo Gateway API: ResponsesRequest and 3 more."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, OpenEnum
from .debug_options import DebugOptions
from .image_config import ImageConfig
from .provider_options import ProviderOptions
from .provider_routing_options import ProviderRoutingOptions
from .reasoning_config import ReasoningConfig
from .responses_input_item import ResponsesInputItem
from .text_generate_tool import TextGenerateTool
from .text_tool_choice import TextToolChoice


class ResponsesRequestServiceTier(OpenEnum):
    """The `service_tier` field of `ResponsesRequest`."""

    STANDARD = "standard"
    FAST = "fast"
    PRIORITY = "priority"
    FLEX = "flex"
    BATCH = "batch"


class ResponsesRequestTruncation(OpenEnum):
    """The `truncation` field of `ResponsesRequest`."""

    AUTO = "auto"
    DISABLED = "disabled"


class ResponsesRequestModalitiesItem(OpenEnum):
    """The `modalities_item` field of `ResponsesRequest`."""

    TEXT = "text"
    IMAGE = "image"
    AUDIO = "audio"


class ResponsesRequest(BaseModel):
    """The `ResponsesRequest` schema.

    Attributes:
        session_id: Unique identifier for grouping related requests (for example, a conversation or agent workflow) for observability.
        tool_choice: Tool selection strategy. Phaseo server-tool types are accepted and rewritten into upstream function/tool targets.
        tools: Tool definitions for model function calls and gateway server tools. Built-in gateway server tools are `gateway:datetime`, `gateway:web_search`, and `gateway:web_fetch`.
        provider_options: Optional provider-specific options.
        debug: Gateway debug controls. These flags are never forwarded upstream.
        provider: Provider routing preferences for gateway selection.
    """

    model: str
    input: str | list[ResponsesInputItem] | dict[str, Any]
    background: bool | None = None
    include: list[str] | None = None
    instructions: str | None = None
    max_output_tokens: int | None = None
    metadata: dict[str, str] | None = None
    session_id: str | None = None
    parallel_tool_calls: bool | None = None
    previous_response_id: str | None = None
    reasoning: ReasoningConfig | None = None
    service_tier: ResponsesRequestServiceTier | None = None
    store: bool | None = None
    stream: bool | None = None
    temperature: int | float | None = None
    text: dict[str, Any] | None = None
    tool_choice: TextToolChoice | None = None
    tools: list[TextGenerateTool] | None = None
    top_p: int | float | None = None
    truncation: ResponsesRequestTruncation | None = None
    user: str | None = None
    prompt_cache_key: str | None = None
    safety_identifier: str | None = None
    modalities: list[ResponsesRequestModalitiesItem] | None = None
    image_config: ImageConfig | None = None
    provider_options: ProviderOptions | None = None
    usage: bool | None = None
    meta: bool | None = None
    echo_upstream_request: bool | None = None
    debug: DebugOptions | None = None
    provider: ProviderRoutingOptions | None = None
