"""Models of Phaseo Gateway API: GuardrailRemoveResponse."""

from __future__ import annotations

from .._base_model import BaseModel


class GuardrailRemoveResponse(BaseModel):
    """The `GuardrailRemoveResponse` schema."""

    removed_count: int
