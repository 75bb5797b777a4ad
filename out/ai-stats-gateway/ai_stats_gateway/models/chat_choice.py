"""Models of Phaseo Gateway API: ChatChoice."""

from __future__ import annotations

from .._base_model import BaseModel
from .chat_choice_finish_reason import ChatChoiceFinishReason
from .chat_message import ChatMessage

__all__ = [
    "ChatChoice",
]


class ChatChoice(BaseModel):
    """The `ChatChoice` schema."""

    index: int | None = None
    message: ChatMessage | None = None
    finish_reason: ChatChoiceFinishReason | None = None
