"""Models of Phaseo Gateway API: WorkspaceDirectoryResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_directory_response_data import WorkspaceDirectoryResponseData

__all__ = [
    "WorkspaceDirectoryResponse",
]


class WorkspaceDirectoryResponse(BaseModel):
    """The `WorkspaceDirectoryResponse` schema."""

    data: WorkspaceDirectoryResponseData
