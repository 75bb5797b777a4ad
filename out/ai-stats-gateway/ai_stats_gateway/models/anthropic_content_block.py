"""Models of Phaseo Gateway API: AnthropicContentBlock."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel
from .anthropic_content_block_source import AnthropicContentBlockSource
from .anthropic_content_block_type import AnthropicContentBlockType
from .cache_control import CacheControl

__all__ = [
    "AnthropicContentBlock",
]


class AnthropicContentBlock(BaseModel):
    """The `AnthropicContentBlock` schema."""

    type: AnthropicContentBlockType | None = None
    text: str | None = None
    cache_control: CacheControl | None = None
    source: AnthropicContentBlockSource | None = None
    id: str | None = None
    name: str | None = None
    input: dict[str, Any] | None = None
    tool_use_id: str | None = None
    content: str | None = None
