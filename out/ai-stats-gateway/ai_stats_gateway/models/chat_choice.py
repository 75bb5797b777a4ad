"""Models of Phaseo Gateway API: ChatChoice, ChatChoiceFinishReason."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum
from .chat_message import ChatMessage


class ChatChoiceFinishReason(OpenEnum):
    """The `finish_reason` field of `ChatChoice`."""

    STOP = "stop"
    LENGTH = "length"
    TOOL_CALLS = "tool_calls"
    CONTENT_FILTER = "content_filter"


class ChatChoice(BaseModel):
    """The `ChatChoice` schema."""

    index: int | None = None
    message: ChatMessage | None = None
    finish_reason: ChatChoiceFinishReason | None = None
