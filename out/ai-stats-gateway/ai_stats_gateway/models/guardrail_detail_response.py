"""Models of Phaseo Gateway API: GuardrailDetailResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .guardrail_detail_response_data import GuardrailDetailResponseData

__all__ = [
    "GuardrailDetailResponse",
]


class GuardrailDetailResponse(BaseModel):
    """The `GuardrailDetailResponse` schema."""

    data: GuardrailDetailResponseData
