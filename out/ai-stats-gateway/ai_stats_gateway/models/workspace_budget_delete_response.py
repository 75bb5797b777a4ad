"""Models of Phaseo Gateway API: WorkspaceBudgetDeleteResponse, WorkspaceBudgetDeleteResponseData."""

from __future__ import annotations

from .._base_model import BaseModel


class WorkspaceBudgetDeleteResponseData(BaseModel):
    """The `data` field of `WorkspaceBudgetDeleteResponse`."""

    id: str
    deleted: bool


class WorkspaceBudgetDeleteResponse(BaseModel):
    """The `WorkspaceBudgetDeleteResponse` schema."""

    data: WorkspaceBudgetDeleteResponseData
