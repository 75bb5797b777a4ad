"""Models of Phaseo Gateway API: WorkspaceMemberAddResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_member import WorkspaceMember


class WorkspaceMemberAddResponse(BaseModel):
    """The `WorkspaceMemberAddResponse` schema."""

    added_count: int
    data: list[WorkspaceMember]
