"""Models of Phaseo Gateway API: ChatMessageRole."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ChatMessageRole",
]


class ChatMessageRole(OpenEnum):
    """The `role` field of `ChatMessage`."""

    SYSTEM = "system"
    DEVELOPER = "developer"
    USER = "user"
    ASSISTANT = "assistant"
    TOOL = "tool"
