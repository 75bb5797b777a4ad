"""Models of Phaseo Gateway API: GuardrailMemberListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .guardrail_member_assignment import GuardrailMemberAssignment


class GuardrailMemberListResponse(BaseModel):
    """The `GuardrailMemberListResponse` schema."""

    data: list[GuardrailMemberAssignment]
    total_count: int
