"""Models of Phaseo Gateway API: ModerationsResponseMeta."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "ModerationsResponseMeta",
]


class ModerationsResponseMeta(BaseModel):
    """Included when the request sets meta to true.

    Attributes:
        latency_ms: Milliseconds from upstream dispatch until the first response byte.
        generation_ms: Provider processing milliseconds when reported; otherwise the observed upstream latency.
    """

    latency_ms: int | float | None = None
    generation_ms: int | float | None = None
