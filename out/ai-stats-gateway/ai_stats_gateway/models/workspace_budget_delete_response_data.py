"""Models of Phaseo Gateway API: WorkspaceBudgetDeleteResponseData."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "WorkspaceBudgetDeleteResponseData",
]


class WorkspaceBudgetDeleteResponseData(BaseModel):
    """The `data` field of `WorkspaceBudgetDeleteResponse`."""

    id: str
    deleted: bool
