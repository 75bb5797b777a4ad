"""Models of Phaseo Gateway API: GuardrailKeySetResponseData."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "GuardrailKeySetResponseData",
]


class GuardrailKeySetResponseData(BaseModel):
    """The `data` field of `GuardrailKeySetResponse`."""

    guardrail_id: str
    key_ids: list[str]
