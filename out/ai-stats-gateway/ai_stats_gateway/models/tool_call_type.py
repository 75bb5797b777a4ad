"""Models of Phaseo Gateway API: ToolCallType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ToolCallType",
]


class ToolCallType(OpenEnum):
    """The `type` field of `ToolCall`."""

    FUNCTION = "function"
