"""Models of Phaseo Gateway API: AnthropicMessagesRequestSystemVariant1Item."""

from __future__ import annotations

from .._base_model import BaseModel
from .anthropic_messages_request_system_variant1_item_type import (
    AnthropicMessagesRequestSystemVariant1ItemType,
)
from .cache_control import CacheControl

__all__ = [
    "AnthropicMessagesRequestSystemVariant1Item",
]


class AnthropicMessagesRequestSystemVariant1Item(BaseModel):
    """The `system_variant1_item` field of `AnthropicMessagesRequest`."""

    type: AnthropicMessagesRequestSystemVariant1ItemType | None = None
    text: str | None = None
    cache_control: CacheControl | None = None
