"""Models of Phaseo Gateway API: GuardrailMemberAddResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .guardrail_member_assignment import GuardrailMemberAssignment


class GuardrailMemberAddResponse(BaseModel):
    """The `GuardrailMemberAddResponse` schema."""

    added_count: int
    data: list[GuardrailMemberAssignment]
