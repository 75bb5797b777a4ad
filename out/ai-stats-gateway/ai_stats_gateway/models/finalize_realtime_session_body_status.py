"""Models of Phaseo Gateway API: FinalizeRealtimeSessionBodyStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "FinalizeRealtimeSessionBodyStatus",
]


class FinalizeRealtimeSessionBodyStatus(OpenEnum):
    """The `status` field of `FinalizeRealtimeSessionBody`."""

    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"
