"""Models of Phaseo Gateway API: WorkspaceBudgetUpdateInput."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_budget_interval import WorkspaceBudgetInterval


class WorkspaceBudgetUpdateInput(BaseModel):
    """The `WorkspaceBudgetUpdateInput` schema."""

    interval: WorkspaceBudgetInterval | None = None
    limit: int | float | None = None
