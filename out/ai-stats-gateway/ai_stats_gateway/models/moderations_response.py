"""Models of Phaseo Gateway API: ModerationsResponse, ModerationsResponseMeta."""

from __future__ import annotations

from .._base_model import BaseModel
from .moderation_result import ModerationResult


class ModerationsResponseMeta(BaseModel):
    """Included when the request sets meta to true.

    Attributes:
        latency_ms: Milliseconds from upstream dispatch until the first response byte.
        generation_ms: Provider processing milliseconds when reported; otherwise the observed upstream latency.
    """

    latency_ms: int | float | None = None
    generation_ms: int | float | None = None


class ModerationsResponse(BaseModel):
    """The `ModerationsResponse` schema.

    Attributes:
        meta: Included when the request sets meta to true.
    """

    id: str | None = None
    model: str | None = None
    results: list[ModerationResult] | None = None
    meta: ModerationsResponseMeta | None = None
