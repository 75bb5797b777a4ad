"""Models of Phaseo Gateway API: AnthropicMessage, AnthropicMessageRole."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum
from .anthropic_content_block import AnthropicContentBlock


class AnthropicMessageRole(OpenEnum):
    """The `role` field of `AnthropicMessage`."""

    USER = "user"
    ASSISTANT = "assistant"


class AnthropicMessage(BaseModel):
    """The `AnthropicMessage` schema."""

    role: AnthropicMessageRole
    content: str | list[AnthropicContentBlock]
