"""Models of Phaseo Gateway API: GuardrailListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .guardrail import Guardrail


class GuardrailListResponse(BaseModel):
    """The `GuardrailListResponse` schema."""

    data: list[Guardrail]
    total_count: int
