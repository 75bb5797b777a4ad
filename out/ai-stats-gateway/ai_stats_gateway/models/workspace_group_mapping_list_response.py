"""Models of Phaseo Gateway API: WorkspaceGroupMappingListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_group_mapping import WorkspaceGroupMapping


class WorkspaceGroupMappingListResponse(BaseModel):
    """The `WorkspaceGroupMappingListResponse` schema."""

    data: list[WorkspaceGroupMapping]
