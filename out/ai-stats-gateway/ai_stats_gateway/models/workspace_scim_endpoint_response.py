"""Models of Phaseo Gateway API: WorkspaceScimEndpointResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_scim_endpoint import WorkspaceScimEndpoint


class WorkspaceScimEndpointResponse(BaseModel):
    """The `WorkspaceScimEndpointResponse` schema."""

    data: WorkspaceScimEndpoint
