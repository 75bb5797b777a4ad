"""Models of Phaseo Gateway API: WorkspaceGroupMappingUpdateRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_group_mapping_update_request_access_role import (
    WorkspaceGroupMappingUpdateRequestAccessRole,
)
from .workspace_group_mapping_update_request_department_position import (
    WorkspaceGroupMappingUpdateRequestDepartmentPosition,
)

__all__ = [
    "WorkspaceGroupMappingUpdateRequest",
]


class WorkspaceGroupMappingUpdateRequest(BaseModel):
    """The `WorkspaceGroupMappingUpdateRequest` schema."""

    access_role: WorkspaceGroupMappingUpdateRequestAccessRole | None = None
    department_position: WorkspaceGroupMappingUpdateRequestDepartmentPosition | None = None
