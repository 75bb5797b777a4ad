"""Models of Phaseo Gateway API: ModerationsResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .moderation_result import ModerationResult
from .moderations_response_meta import ModerationsResponseMeta

__all__ = [
    "ModerationsResponse",
]


class ModerationsResponse(BaseModel):
    """The `ModerationsResponse` schema.

    Attributes:
        meta: Included when the request sets meta to true.
    """

    id: str | None = None
    model: str | None = None
    results: list[ModerationResult] | None = None
    meta: ModerationsResponseMeta | None = None
