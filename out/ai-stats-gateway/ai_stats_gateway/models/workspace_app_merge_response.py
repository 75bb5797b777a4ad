"""Models of Phaseo Gateway API: WorkspaceAppMergeResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_app_merge_response_data import WorkspaceAppMergeResponseData

__all__ = [
    "WorkspaceAppMergeResponse",
]


class WorkspaceAppMergeResponse(BaseModel):
    """The `WorkspaceAppMergeResponse` schema."""

    data: WorkspaceAppMergeResponseData
