"""Models of Phaseo Gateway API: GuardrailKeyListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .guardrail_key_assignment import GuardrailKeyAssignment


class GuardrailKeyListResponse(BaseModel):
    """The `GuardrailKeyListResponse` schema."""

    data: list[GuardrailKeyAssignment]
    total_count: int
