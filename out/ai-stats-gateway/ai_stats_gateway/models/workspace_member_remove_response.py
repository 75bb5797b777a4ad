"""Models of Phaseo Gateway API: WorkspaceMemberRemoveResponse."""

from __future__ import annotations

from .._base_model import BaseModel


class WorkspaceMemberRemoveResponse(BaseModel):
    """The `WorkspaceMemberRemoveResponse` schema."""

    removed_count: int
