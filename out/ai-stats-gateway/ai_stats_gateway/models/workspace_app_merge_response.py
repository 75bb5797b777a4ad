"""Models of Phaseo Gateway API: WorkspaceAppMergeResponse, WorkspaceAppMergeResponseData."""

from __future__ import annotations

from .._base_model import BaseModel


class WorkspaceAppMergeResponseData(BaseModel):
    """The `data` field of `WorkspaceAppMergeResponse`."""

    source_app_id: str
    target_app_id: str
    merged: bool


class WorkspaceAppMergeResponse(BaseModel):
    """The `WorkspaceAppMergeResponse` schema."""

    data: WorkspaceAppMergeResponseData
