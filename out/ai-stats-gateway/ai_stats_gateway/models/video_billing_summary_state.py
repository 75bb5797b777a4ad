"""Models of Phaseo Gateway API: VideoBillingSummaryState."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "VideoBillingSummaryState",
]


class VideoBillingSummaryState(OpenEnum):
    """The `state` field of `VideoBillingSummary`."""

    PENDING = "pending"
    ESTIMATED = "estimated"
    SETTLED = "settled"
    VOID = "void"
