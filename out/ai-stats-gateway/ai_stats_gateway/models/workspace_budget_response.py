"""Models of Phaseo Gateway API: WorkspaceBudgetResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_budget import WorkspaceBudget

__all__ = ["WorkspaceBudgetResponse"]


class WorkspaceBudgetResponse(BaseModel):
    """The `WorkspaceBudgetResponse` schema."""

    data: WorkspaceBudget
