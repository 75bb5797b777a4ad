"""Models of Phaseo Gateway API: GenerationResponseUsage."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "GenerationResponseUsage",
]


class GenerationResponseUsage(BaseModel):
    """The `usage` field of `GenerationResponse`."""

    prompt_tokens: int | float | None = None
    completion_tokens: int | float | None = None
    total_tokens: int | float | None = None
