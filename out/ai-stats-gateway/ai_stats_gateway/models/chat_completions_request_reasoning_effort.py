"""Models of Phaseo Gateway API: ChatCompletionsRequestReasoningEffort."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ChatCompletionsRequestReasoningEffort",
]


class ChatCompletionsRequestReasoningEffort(OpenEnum):
    """OpenAI-compatible alias for `reasoning.effort`."""

    NONE = "none"
    MINIMAL = "minimal"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    XHIGH = "xhigh"
    MAX = "max"
