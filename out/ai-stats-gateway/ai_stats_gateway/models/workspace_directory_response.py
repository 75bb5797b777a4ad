"""Models of Phaseo Gateway API: WorkspaceDirectoryResponse, WorkspaceDirectoryResponseData."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_department import WorkspaceDepartment
from .workspace_directory_member import WorkspaceDirectoryMember


class WorkspaceDirectoryResponseData(BaseModel):
    """The `data` field of `WorkspaceDirectoryResponse`."""

    departments: list[WorkspaceDepartment]
    members: list[WorkspaceDirectoryMember]


class WorkspaceDirectoryResponse(BaseModel):
    """The `WorkspaceDirectoryResponse` schema."""

    data: WorkspaceDirectoryResponseData
