"""Models of Phaseo Gateway API: AnthropicMessageRole."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "AnthropicMessageRole",
]


class AnthropicMessageRole(OpenEnum):
    """The `role` field of `AnthropicMessage`."""

    USER = "user"
    ASSISTANT = "assistant"
