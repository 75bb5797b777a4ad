"""Models of Phaseo Gateway API: WorkspaceAppMergeRequest."""

from __future__ import annotations

from .._base_model import BaseModel


class WorkspaceAppMergeRequest(BaseModel):
    """The `WorkspaceAppMergeRequest` schema."""

    target_app_id: str
