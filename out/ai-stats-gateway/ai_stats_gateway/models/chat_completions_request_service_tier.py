"""Models of Phaseo Gateway API: ChatCompletionsRequestServiceTier."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ChatCompletionsRequestServiceTier",
]


class ChatCompletionsRequestServiceTier(OpenEnum):
    """The `service_tier` field of `ChatCompletionsRequest`."""

    STANDARD = "standard"
    FAST = "fast"
    PRIORITY = "priority"
    FLEX = "flex"
    BATCH = "batch"
