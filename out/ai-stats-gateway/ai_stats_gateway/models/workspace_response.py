"""Models of Phaseo Gateway API: WorkspaceResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace import Workspace


class WorkspaceResponse(BaseModel):
    """The `WorkspaceResponse` schema."""

    data: Workspace
