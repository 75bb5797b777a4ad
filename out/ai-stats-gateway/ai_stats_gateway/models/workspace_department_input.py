"""Models of Phaseo Gateway API: WorkspaceDepartmentInput."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_department_input_color import WorkspaceDepartmentInputColor
from .workspace_department_input_icon import WorkspaceDepartmentInputIcon

__all__ = [
    "WorkspaceDepartmentInput",
]


class WorkspaceDepartmentInput(BaseModel):
    """The `WorkspaceDepartmentInput` schema."""

    name: str | None = None
    description: str | None = None
    icon: WorkspaceDepartmentInputIcon | None = None
    color: WorkspaceDepartmentInputColor | None = None
