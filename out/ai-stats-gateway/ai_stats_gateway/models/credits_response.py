"""Models of Phaseo Gateway API: CreditsResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .credits_response_credits import CreditsResponseCredits

__all__ = [
    "CreditsResponse",
]


class CreditsResponse(BaseModel):
    """The `CreditsResponse` schema."""

    ok: bool
    credits: CreditsResponseCredits
