"""Models of Phaseo Gateway API: GuardrailKeyAssignment."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime


class GuardrailKeyAssignment(BaseModel):
    """The `GuardrailKeyAssignment` schema."""

    key_id: str
    name: str | None = None
    prefix: str | None = None
    status: str | None = None
    created_at: DateTime | None = None
