"""Models of Phaseo Gateway API: GuardrailKeySetResponse, GuardrailKeySetResponseData."""

from __future__ import annotations

from .._base_model import BaseModel


class GuardrailKeySetResponseData(BaseModel):
    """The `data` field of `GuardrailKeySetResponse`."""

    guardrail_id: str
    key_ids: list[str]


class GuardrailKeySetResponse(BaseModel):
    """The `GuardrailKeySetResponse` schema."""

    data: GuardrailKeySetResponseData
