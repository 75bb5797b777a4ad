"""Models of Phaseo Gateway API: BatchResponseUsage."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "BatchResponseUsage",
]


class BatchResponseUsage(BaseModel):
    """Normalised aggregate usage and cost after finalisation."""

    requests: int | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    total_tokens: int | None = None
    cost_nanos: int | None = None
    cost_usd: int | float | None = None
    currency: str | None = None
