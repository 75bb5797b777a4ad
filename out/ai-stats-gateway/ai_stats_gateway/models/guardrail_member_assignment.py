"""Models of Phaseo Gateway API: GuardrailMemberAssignment."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime


class GuardrailMemberAssignment(BaseModel):
    """The `GuardrailMemberAssignment` schema."""

    user_id: str
    role: str | None = None
    display_name: str | None = None
    joined_at: DateTime | None = None
