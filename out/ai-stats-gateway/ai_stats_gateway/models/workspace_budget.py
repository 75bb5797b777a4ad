"""Models of Phaseo Gateway API: WorkspaceBudget."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime
from .workspace_budget_interval import WorkspaceBudgetInterval


class WorkspaceBudget(BaseModel):
    """The `WorkspaceBudget` schema."""

    id: str
    workspace_id: str
    interval: WorkspaceBudgetInterval
    limit: int | float
    limit_nanos: int
    usage: int | float
    usage_nanos: int
    remaining: int | float
    remaining_nanos: int
    exceeded: bool
    window_start: DateTime | None = None
    reset_at: DateTime | None = None
    created_by: str | None = None
    created_at: DateTime
    updated_at: DateTime
