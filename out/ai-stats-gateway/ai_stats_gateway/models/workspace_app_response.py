"""Models of Phaseo Gateway API: WorkspaceAppResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_app import WorkspaceApp

__all__ = ["WorkspaceAppResponse"]


class WorkspaceAppResponse(BaseModel):
    """The `WorkspaceAppResponse` schema."""

    data: WorkspaceApp
