"""Models of Phaseo Gateway API: GuardrailKeySetResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .guardrail_key_set_response_data import GuardrailKeySetResponseData

__all__ = [
    "GuardrailKeySetResponse",
]


class GuardrailKeySetResponse(BaseModel):
    """The `GuardrailKeySetResponse` schema."""

    data: GuardrailKeySetResponseData
