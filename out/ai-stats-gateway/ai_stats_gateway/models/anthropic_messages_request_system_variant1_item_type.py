"""Models of Phaseo Gateway API: AnthropicMessagesRequestSystemVariant1ItemType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "AnthropicMessagesRequestSystemVariant1ItemType",
]


class AnthropicMessagesRequestSystemVariant1ItemType(OpenEnum):
    """The `type` field of `AnthropicMessagesRequestSystemVariant1Item`."""

    TEXT = "text"
