"""Models of Phaseo Gateway API: AnthropicContentBlock, AnthropicContentBlockSource, AnthropicContentBlockType."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, OpenEnum
from .cache_control import CacheControl


class AnthropicContentBlockType(OpenEnum):
    """The `type` field of `AnthropicContentBlock`."""

    TEXT = "text"
    IMAGE = "image"
    TOOL_USE = "tool_use"
    TOOL_RESULT = "tool_result"


class AnthropicContentBlockSource(BaseModel):
    """The `source` field of `AnthropicContentBlock`."""

    type: str | None = None
    media_type: str | None = None
    data: str | None = None
    url: str | None = None


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
