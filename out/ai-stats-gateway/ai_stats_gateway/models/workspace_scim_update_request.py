"""Models of Phaseo Gateway API: WorkspaceScimUpdateRequest."""

from __future__ import annotations

from .._base_model import BaseModel


class WorkspaceScimUpdateRequest(BaseModel):
    """The `WorkspaceScimUpdateRequest` schema."""

    enabled: bool
