"""Models of Phaseo Gateway API: WorkspaceDepartmentResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_department import WorkspaceDepartment


class WorkspaceDepartmentResponse(BaseModel):
    """The `WorkspaceDepartmentResponse` schema."""

    data: WorkspaceDepartment
