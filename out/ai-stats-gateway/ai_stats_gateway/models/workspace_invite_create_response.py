"""Models of Phaseo Gateway API: WorkspaceInviteCreateResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_invite import WorkspaceInvite


class WorkspaceInviteCreateResponse(BaseModel):
    """The `WorkspaceInviteCreateResponse` schema.

    Attributes:
        token: Plaintext invite token. Returned only when the invite is created.
    """

    data: WorkspaceInvite
    token: str
