"""Models of Phaseo Gateway API: PresetTestRunCreateRequestStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "PresetTestRunCreateRequestStatus",
]


class PresetTestRunCreateRequestStatus(OpenEnum):
    """The `status` field of `PresetTestRunCreateRequest`."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
