"""Models of Phaseo Gateway API: CreditsResponse, CreditsResponseCredits."""

from __future__ import annotations

from .._base_model import BaseModel


class CreditsResponseCredits(BaseModel):
    """The `credits` field of `CreditsResponse`."""

    remaining: int
    balance_nanos: int
    reserved_nanos: int
    available_nanos: int
    thirty_day_usage: int | None
    thirty_day_requests: int


class CreditsResponse(BaseModel):
    """The `CreditsResponse` schema."""

    ok: bool
    credits: CreditsResponseCredits
