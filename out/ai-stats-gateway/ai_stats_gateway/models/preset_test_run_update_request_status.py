"""Models of Phaseo Gateway API: PresetTestRunUpdateRequestStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "PresetTestRunUpdateRequestStatus",
]


class PresetTestRunUpdateRequestStatus(OpenEnum):
    """The `status` field of `PresetTestRunUpdateRequest`."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
