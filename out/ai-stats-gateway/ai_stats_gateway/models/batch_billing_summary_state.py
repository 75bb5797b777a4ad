"""Models of Phaseo Gateway API: BatchBillingSummaryState."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "BatchBillingSummaryState",
]


class BatchBillingSummaryState(OpenEnum):
    """The `state` field of `BatchBillingSummary`."""

    PENDING = "pending"
    ESTIMATED = "estimated"
    SETTLED = "settled"
    VOID = "void"
