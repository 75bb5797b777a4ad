"""Models of Phaseo Gateway API: AnthropicMessagesResponse, AnthropicMessagesResponseRole."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum
from .anthropic_content_block import AnthropicContentBlock
from .anthropic_usage import AnthropicUsage


class AnthropicMessagesResponseRole(OpenEnum):
    """The `role` field of `AnthropicMessagesResponse`."""

    ASSISTANT = "assistant"


class AnthropicMessagesResponse(BaseModel):
    """The `AnthropicMessagesResponse` schema."""

    id: str | None = None
    type: str | None = None
    role: AnthropicMessagesResponseRole | None = None
    model: str | None = None
    content: list[AnthropicContentBlock] | None = None
    stop_reason: str | None = None
    stop_sequence: str | None = None
    usage: AnthropicUsage | None = None
