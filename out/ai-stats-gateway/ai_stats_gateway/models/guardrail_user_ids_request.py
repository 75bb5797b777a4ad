"""Models of Phaseo Gateway API: GuardrailUserIdsRequest."""

from __future__ import annotations

from .._base_model import BaseModel


class GuardrailUserIdsRequest(BaseModel):
    """The `GuardrailUserIdsRequest` schema."""

    user_ids: list[str]
