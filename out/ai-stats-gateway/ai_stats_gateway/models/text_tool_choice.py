"""Models of Phaseo Gateway API: TextToolChoice."""

from __future__ import annotations

from typing import Any, TypeAlias

from .text_tool_choice_variant0 import TextToolChoiceVariant0

__all__ = [
    "TextToolChoice",
]


# Tool selection strategy. Phaseo server-tool types are accepted and rewritten into upstream function/tool targets.
TextToolChoice: TypeAlias = TextToolChoiceVariant0 | dict[str, Any]
