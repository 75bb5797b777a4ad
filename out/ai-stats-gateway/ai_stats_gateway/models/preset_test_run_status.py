"""Models of Phaseo Gateway API: PresetTestRunStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "PresetTestRunStatus",
]


class PresetTestRunStatus(OpenEnum):
    """The `status` field of `PresetTestRun`."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
