"""Models of Phaseo Gateway API: WorkspaceBudgetDeleteResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_budget_delete_response_data import WorkspaceBudgetDeleteResponseData

__all__ = [
    "WorkspaceBudgetDeleteResponse",
]


class WorkspaceBudgetDeleteResponse(BaseModel):
    """The `WorkspaceBudgetDeleteResponse` schema."""

    data: WorkspaceBudgetDeleteResponseData
