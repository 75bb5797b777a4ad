"""Models of Phaseo Gateway API: AnthropicMessagesResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .anthropic_content_block import AnthropicContentBlock
from .anthropic_messages_response_role import AnthropicMessagesResponseRole
from .anthropic_usage import AnthropicUsage

__all__ = [
    "AnthropicMessagesResponse",
]


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
