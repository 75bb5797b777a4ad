"""Models of Phaseo Gateway API: WorkspaceJoinRequestStatus."""

from __future__ import annotations

from .._base_model import OpenEnum


class WorkspaceJoinRequestStatus(OpenEnum):
    """The `WorkspaceJoinRequestStatus` schema."""

    PENDING = "pending"
    APPROVED = "approved"
    DENIED = "denied"
