"""Models of Phaseo Gateway API: WorkspaceMemberRemoveRequest."""

from __future__ import annotations

from .._base_model import BaseModel


class WorkspaceMemberRemoveRequest(BaseModel):
    """The `WorkspaceMemberRemoveRequest` schema."""

    user_ids: list[str]
