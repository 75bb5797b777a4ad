"""Models of Phaseo Gateway API: AnthropicUsage."""

from __future__ import annotations

from .._base_model import BaseModel


class AnthropicUsage(BaseModel):
    """The `AnthropicUsage` schema."""

    input_tokens: int | None = None
    output_tokens: int | None = None
