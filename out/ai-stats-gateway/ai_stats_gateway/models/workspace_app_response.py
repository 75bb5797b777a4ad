"""Models of Phaseo Gateway API: WorkspaceAppResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_app import WorkspaceApp


class WorkspaceAppResponse(BaseModel):
    """The `WorkspaceAppResponse` schema."""

    data: WorkspaceApp
