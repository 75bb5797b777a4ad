"""Models of Phaseo Gateway API: WorkspaceActivityResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_activity_entry import WorkspaceActivityEntry


class WorkspaceActivityResponse(BaseModel):
    """The `WorkspaceActivityResponse` schema."""

    ok: bool
    period_days: int
    limit: int
    offset: int
    total: int
    total_cost_cents: int | float
    activity: list[WorkspaceActivityEntry]
