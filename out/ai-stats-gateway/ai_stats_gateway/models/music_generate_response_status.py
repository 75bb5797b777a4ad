"""Models of Phaseo Gateway API: MusicGenerateResponseStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "MusicGenerateResponseStatus",
]


class MusicGenerateResponseStatus(OpenEnum):
    """The `status` field of `MusicGenerateResponse`."""

    QUEUED = "queued"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    FAILED = "failed"
