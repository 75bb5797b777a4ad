"""Models of Phaseo Gateway API: AnthropicContentBlockType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "AnthropicContentBlockType",
]


class AnthropicContentBlockType(OpenEnum):
    """The `type` field of `AnthropicContentBlock`."""

    TEXT = "text"
    IMAGE = "image"
    TOOL_USE = "tool_use"
    TOOL_RESULT = "tool_result"
