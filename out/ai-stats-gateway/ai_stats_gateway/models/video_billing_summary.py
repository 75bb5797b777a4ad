"""Models of Phaseo Gateway API: VideoBillingSummary, VideoBillingSummaryState."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class VideoBillingSummaryState(OpenEnum):
    """The `state` field of `VideoBillingSummary`."""

    PENDING = "pending"
    ESTIMATED = "estimated"
    SETTLED = "settled"
    VOID = "void"


class VideoBillingSummary(BaseModel):
    """The `VideoBillingSummary` schema."""

    currency: str | None = None
    estimated_provider_cost: str | None = None
    estimated_user_cost: str | None = None
    settled_provider_cost: str | None = None
    settled_user_cost: str | None = None
    state: VideoBillingSummaryState | None = None
    billable: bool | None = None
    total_nanos: int | None = None
    estimated_nanos: int | None = None
    reserved_nanos: int | None = None
    reservation_id: str | None = None
    reservation_status: str | None = None
    charge_reason: str | None = None
    charged: bool | None = None
    billed_at: str | None = None
