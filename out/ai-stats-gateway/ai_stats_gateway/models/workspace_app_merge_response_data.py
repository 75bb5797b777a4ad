"""Models of Phaseo Gateway API: WorkspaceAppMergeResponseData."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "WorkspaceAppMergeResponseData",
]


class WorkspaceAppMergeResponseData(BaseModel):
    """The `data` field of `WorkspaceAppMergeResponse`."""

    source_app_id: str
    target_app_id: str
    merged: bool
