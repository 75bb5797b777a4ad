"""Models of Phaseo Gateway API: ToolCallFunction."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel

__all__ = [
    "ToolCallFunction",
]


class ToolCallFunction(BaseModel):
    """The `function` field of `ToolCall`."""

    name: str | None = None
    arguments: str | None = None
    description: str | None = None
    parameters: dict[str, Any] | None = None
