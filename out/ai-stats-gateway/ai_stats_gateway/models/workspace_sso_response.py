"""Models of Phaseo Gateway API: WorkspaceSsoResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_sso_settings import WorkspaceSsoSettings


class WorkspaceSsoResponse(BaseModel):
    """The `WorkspaceSsoResponse` schema."""

    data: WorkspaceSsoSettings
