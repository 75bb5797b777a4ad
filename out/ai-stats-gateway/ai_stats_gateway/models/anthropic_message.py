"""Models of Phaseo Gateway API: AnthropicMessage."""

from __future__ import annotations

from .._base_model import BaseModel
from .anthropic_content_block import AnthropicContentBlock
from .anthropic_message_role import AnthropicMessageRole

__all__ = [
    "AnthropicMessage",
]


class AnthropicMessage(BaseModel):
    """The `AnthropicMessage` schema."""

    role: AnthropicMessageRole
    content: str | list[AnthropicContentBlock]
