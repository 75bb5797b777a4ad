"""Models of Phaseo Gateway API: WorkspaceMemberResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_member import WorkspaceMember


class WorkspaceMemberResponse(BaseModel):
    """The `WorkspaceMemberResponse` schema."""

    data: WorkspaceMember
