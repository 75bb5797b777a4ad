"""Models of Phaseo Gateway API: AnthropicTool."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel


class AnthropicTool(BaseModel):
    """The `AnthropicTool` schema."""

    name: str
    description: str | None = None
    input_schema: dict[str, Any] | None = None
