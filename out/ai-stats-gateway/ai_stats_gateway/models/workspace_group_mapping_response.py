"""Models of Phaseo Gateway API: WorkspaceGroupMappingResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_group_mapping import WorkspaceGroupMapping


class WorkspaceGroupMappingResponse(BaseModel):
    """The `WorkspaceGroupMappingResponse` schema."""

    data: WorkspaceGroupMapping
