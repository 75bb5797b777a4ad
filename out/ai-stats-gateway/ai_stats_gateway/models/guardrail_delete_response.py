"""Models of Phaseo Gateway API: GuardrailDeleteResponse."""

from __future__ import annotations

from .._base_model import BaseModel


class GuardrailDeleteResponse(BaseModel):
    """The `GuardrailDeleteResponse` schema."""

    deleted: bool
