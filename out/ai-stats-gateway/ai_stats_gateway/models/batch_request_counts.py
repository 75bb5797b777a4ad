"""Models of Phaseo Gateway API: BatchRequestCounts."""

from __future__ import annotations

from .._base_model import BaseModel


class BatchRequestCounts(BaseModel):
    """The `BatchRequestCounts` schema."""

    total: int | None = None
    completed: int | None = None
    failed: int | None = None
