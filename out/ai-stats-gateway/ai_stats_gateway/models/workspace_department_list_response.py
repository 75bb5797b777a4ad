"""Models of Phaseo Gateway API: WorkspaceDepartmentListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_department import WorkspaceDepartment


class WorkspaceDepartmentListResponse(BaseModel):
    """The `WorkspaceDepartmentListResponse` schema."""

    data: list[WorkspaceDepartment]
