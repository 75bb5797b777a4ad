"""Models of Phaseo Gateway API: WorkspaceScimResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_scim_response_data import WorkspaceScimResponseData

__all__ = [
    "WorkspaceScimResponse",
]


class WorkspaceScimResponse(BaseModel):
    """The `WorkspaceScimResponse` schema."""

    data: WorkspaceScimResponseData
