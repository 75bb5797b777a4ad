"""Models of Phaseo Gateway API: ChatCompletionsRequest and 5 more."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._base_model import BaseModel, OpenEnum
from .chat_message import ChatMessage
from .debug_options import DebugOptions
from .image_config import ImageConfig
from .provider_options import ProviderOptions
from .provider_routing_options import ProviderRoutingOptions
from .reasoning_config import ReasoningConfig
from .text_generate_tool import TextGenerateTool
from .text_tool_choice import TextToolChoice


class ChatCompletionsRequestReasoningEffort(OpenEnum):
    """OpenAI-compatible alias for `reasoning.effort`."""

    NONE = "none"
    MINIMAL = "minimal"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    XHIGH = "xhigh"
    MAX = "max"


class ChatCompletionsRequestModalitiesItem(OpenEnum):
    """The `modalities_item` field of `ChatCompletionsRequest`."""

    TEXT = "text"
    IMAGE = "image"
    AUDIO = "audio"


class ChatCompletionsRequestProviderVariant0(OpenEnum):
    """The `provider_variant0` field of `ChatCompletionsRequest`."""

    OPENAI = "openai"
    ANTHROPIC = "anthropic"
    GOOGLE_AI_STUDIO = "google-ai-studio"
    GEMINI = "gemini"
    MISTRAL = "mistral"
    X_AI = "x-ai"
    XAI = "xai"
    GROQ = "groq"
    TOGETHER = "together"


class ChatCompletionsRequestServiceTier(OpenEnum):
    """The `service_tier` field of `ChatCompletionsRequest`."""

    STANDARD = "standard"
    FAST = "fast"
    PRIORITY = "priority"
    FLEX = "flex"
    BATCH = "batch"


class ChatCompletionsRequestResponseFormatVariant1(BaseModel):
    """The `response_format_variant1` field of `ChatCompletionsRequest`."""

    type: str | None = None
    schema_: dict[str, Any] | None = Field(default=None, alias="schema")


class ChatCompletionsRequest(BaseModel):
    """The `ChatCompletionsRequest` schema.

    Attributes:
        reasoning_effort: OpenAI-compatible alias for `reasoning.effort`.
        session_id: Unique identifier for grouping related requests (for example, a conversation or agent workflow) for observability.
        stream: Server default: False.
        temperature: Server default: 1.
        tools: Tool definitions for model function calls and gateway server tools. Built-in server tools include datetime, web search, web fetch, Advisor, Subagent, Fusion, model search, image generation, and patch creation.
        parallel_tool_calls: Server default: True.
        tool_choice: Tool selection strategy. Phaseo server-tool types are accepted and rewritten into upstream function/tool targets.
        logprobs: Server default: False.
        provider: Provider selector. Use a string for a single provider, or routing options such as `{ "only": ["groq"] }`.
        provider_options: Optional provider-specific options.
        meta: Server default: False.
        debug: Gateway debug controls. These flags are never forwarded upstream.
    """

    model: str
    messages: list[ChatMessage]
    reasoning: ReasoningConfig | None = None
    reasoning_effort: ChatCompletionsRequestReasoningEffort | None = None
    frequency_penalty: int | float | None = None
    logit_bias: dict[str, int | float] | None = None
    max_completion_tokens: int | None = None
    max_tokens: int | None = None
    metadata: dict[str, str] | None = None
    session_id: str | None = None
    presence_penalty: int | float | None = None
    seed: int | None = None
    store: bool | None = None
    stream: bool | None = None
    stream_options: dict[str, Any] | None = None
    temperature: int | float | None = None
    tools: list[TextGenerateTool] | None = None
    max_tool_calls: int | None = None
    parallel_tool_calls: bool | None = None
    tool_choice: TextToolChoice | None = None
    logprobs: bool | None = None
    top_logprobs: int | None = None
    top_p: int | float | None = None
    stop: str | list[str] | None = None
    response_format: str | ChatCompletionsRequestResponseFormatVariant1 | None = None
    modalities: list[ChatCompletionsRequestModalitiesItem] | None = None
    image_config: ImageConfig | None = None
    usage: bool | None = None
    provider: ChatCompletionsRequestProviderVariant0 | ProviderRoutingOptions | None = None
    provider_options: ProviderOptions | None = None
    user_id: str | None = None
    user: str | None = None
    service_tier: ChatCompletionsRequestServiceTier | None = None
    prompt_cache_key: str | None = None
    safety_identifier: str | None = None
    meta: bool | None = None
    echo_upstream_request: bool | None = None
    debug: DebugOptions | None = None
