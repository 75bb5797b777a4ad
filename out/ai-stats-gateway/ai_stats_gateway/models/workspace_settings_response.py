"""Models of Phaseo Gateway API: WorkspaceSettingsResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_settings import WorkspaceSettings


class WorkspaceSettingsResponse(BaseModel):
    """The `WorkspaceSettingsResponse` schema."""

    data: WorkspaceSettings
