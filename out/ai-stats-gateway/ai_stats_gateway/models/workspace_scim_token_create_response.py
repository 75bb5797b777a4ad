"""Models of Phaseo Gateway API: WorkspaceScimTokenCreateResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_scim_token_create_response_data import WorkspaceScimTokenCreateResponseData

__all__ = [
    "WorkspaceScimTokenCreateResponse",
]


class WorkspaceScimTokenCreateResponse(BaseModel):
    """The `WorkspaceScimTokenCreateResponse` schema."""

    data: WorkspaceScimTokenCreateResponseData
