"""Models of Phaseo Gateway API: WorkspaceBudgetResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_budget import WorkspaceBudget


class WorkspaceBudgetResponse(BaseModel):
    """The `WorkspaceBudgetResponse` schema."""

    data: WorkspaceBudget
