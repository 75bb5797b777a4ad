"""Models of Phaseo Gateway API: WorkspaceMemberBulkRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_assignable_role import WorkspaceAssignableRole


class WorkspaceMemberBulkRequest(BaseModel):
    """The `WorkspaceMemberBulkRequest` schema."""

    user_ids: list[str]
    role: WorkspaceAssignableRole | None = None
