"""Models of Phaseo Gateway API: WorkspaceDepartment."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime
from .workspace_department_source_type import WorkspaceDepartmentSourceType

__all__ = [
    "WorkspaceDepartment",
]


class WorkspaceDepartment(BaseModel):
    """The `WorkspaceDepartment` schema."""

    id: str
    name: str
    description: str | None = None
    icon: str | None = None
    color: str | None = None
    source_type: WorkspaceDepartmentSourceType | None = None
    source_id: str | None = None
    directory_name: str | None = None
    name_overridden: bool | None = None
    created_at: DateTime | None = None
    updated_at: DateTime | None = None
