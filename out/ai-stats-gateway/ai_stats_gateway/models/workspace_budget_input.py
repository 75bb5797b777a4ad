"""Models of Phaseo Gateway API: WorkspaceBudgetInput."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_budget_interval import WorkspaceBudgetInterval


class WorkspaceBudgetInput(BaseModel):
    """The `WorkspaceBudgetInput` schema."""

    interval: WorkspaceBudgetInterval
    limit: int | float
