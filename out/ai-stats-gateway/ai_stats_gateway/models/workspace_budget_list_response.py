"""Models of Phaseo Gateway API: WorkspaceBudgetListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_budget import WorkspaceBudget


class WorkspaceBudgetListResponse(BaseModel):
    """The `WorkspaceBudgetListResponse` schema."""

    data: list[WorkspaceBudget]
