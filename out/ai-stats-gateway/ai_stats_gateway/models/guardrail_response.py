"""Models of Phaseo Gateway API: GuardrailResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .guardrail import Guardrail


class GuardrailResponse(BaseModel):
    """The `GuardrailResponse` schema."""

    data: Guardrail
