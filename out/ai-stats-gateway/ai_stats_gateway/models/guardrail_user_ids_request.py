"""Models of Phaseo Gateway API: GuardrailUserIdsRequest."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["GuardrailUserIdsRequest"]


class GuardrailUserIdsRequest(BaseModel):
    """The `GuardrailUserIdsRequest` schema."""

    user_ids: list[str]
