"""Models of Phaseo Gateway API: GuardrailKeyAddResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .guardrail_key_assignment import GuardrailKeyAssignment


class GuardrailKeyAddResponse(BaseModel):
    """The `GuardrailKeyAddResponse` schema."""

    added_count: int
    data: list[GuardrailKeyAssignment]
