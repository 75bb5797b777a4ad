"""Models of Phaseo Gateway API: WorkspaceGroupMapping."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime
from .workspace_group_mapping_access_role import WorkspaceGroupMappingAccessRole
from .workspace_group_mapping_department_position import WorkspaceGroupMappingDepartmentPosition

__all__ = [
    "WorkspaceGroupMapping",
]


class WorkspaceGroupMapping(BaseModel):
    """The `WorkspaceGroupMapping` schema."""

    id: str
    scim_group_id: str
    department_id: str
    access_role: WorkspaceGroupMappingAccessRole
    department_position: WorkspaceGroupMappingDepartmentPosition
    created_at: DateTime | None = None
    updated_at: DateTime | None = None
