"""Models of Phaseo Gateway API: AnthropicMessagesResponseRole."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "AnthropicMessagesResponseRole",
]


class AnthropicMessagesResponseRole(OpenEnum):
    """The `role` field of `AnthropicMessagesResponse`."""

    ASSISTANT = "assistant"
