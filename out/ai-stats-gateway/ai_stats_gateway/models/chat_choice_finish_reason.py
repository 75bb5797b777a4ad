"""Models of Phaseo Gateway API: ChatChoiceFinishReason."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ChatChoiceFinishReason",
]


class ChatChoiceFinishReason(OpenEnum):
    """The `finish_reason` field of `ChatChoice`."""

    STOP = "stop"
    LENGTH = "length"
    TOOL_CALLS = "tool_calls"
    CONTENT_FILTER = "content_filter"
