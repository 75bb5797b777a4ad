"""Models of Phaseo Gateway API: BatchBillingSummary, BatchBillingSummaryState."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, OpenEnum


class BatchBillingSummaryState(OpenEnum):
    """The `state` field of `BatchBillingSummary`."""

    PENDING = "pending"
    ESTIMATED = "estimated"
    SETTLED = "settled"
    VOID = "void"


class BatchBillingSummary(BaseModel):
    """The `BatchBillingSummary` schema.

    Attributes:
        estimation_truncated: True when the reservation estimate was scaled from a bounded sample of a larger batch input file.
        estimation_sample_size: Number of input rows priced directly for the reservation estimate.
        estimation_total_rows: Total input rows represented by the reservation estimate.
    """

    currency: str | None = None
    billed: bool | None = None
    charged: bool | None = None
    reason: str | None = None
    state: BatchBillingSummaryState | None = None
    reservation_id: str | None = None
    reservation_status: str | None = None
    estimated_provider_cost: str | None = None
    estimated_user_cost: str | None = None
    settled_provider_cost: str | None = None
    settled_user_cost: str | None = None
    estimated_nanos: int | None = None
    reserved_nanos: int | None = None
    estimation_truncated: bool | None = None
    estimation_sample_size: int | None = None
    estimation_total_rows: int | None = None
    total_nanos: int | None = None
    cost_nanos: int | None = None
    cost_usd: int | float | None = None
    finalized_at: str | None = None
    pricing_breakdown: dict[str, Any] | None = None
