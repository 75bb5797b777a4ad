"""Models of Phaseo Gateway API: WorkspaceListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace import Workspace


class WorkspaceListResponse(BaseModel):
    """The `WorkspaceListResponse` schema."""

    data: list[Workspace]
    total_count: int
