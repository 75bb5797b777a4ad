"""Models of Phaseo Gateway API: WorkspaceGroupMappingCreateRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_group_mapping_create_request_access_role import (
    WorkspaceGroupMappingCreateRequestAccessRole,
)
from .workspace_group_mapping_create_request_department_position import (
    WorkspaceGroupMappingCreateRequestDepartmentPosition,
)

__all__ = [
    "WorkspaceGroupMappingCreateRequest",
]


class WorkspaceGroupMappingCreateRequest(BaseModel):
    """The `WorkspaceGroupMappingCreateRequest` schema.

    Attributes:
        access_role: Server default: "member".
        department_position: Server default: "member".
    """

    scim_group_id: str
    department_id: str
    access_role: WorkspaceGroupMappingCreateRequestAccessRole | None = None
    department_position: WorkspaceGroupMappingCreateRequestDepartmentPosition | None = None
