"""Models of Phaseo Gateway API: WorkspaceAppListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_app import WorkspaceApp


class WorkspaceAppListResponse(BaseModel):
    """The `WorkspaceAppListResponse` schema."""

    data: list[WorkspaceApp]
    total_count: int
    offset: int
    limit: int
