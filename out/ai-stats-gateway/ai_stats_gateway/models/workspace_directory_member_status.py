"""Models of Phaseo Gateway API: WorkspaceDirectoryMemberStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceDirectoryMemberStatus",
]


class WorkspaceDirectoryMemberStatus(OpenEnum):
    """The `status` field of `WorkspaceDirectoryMember`."""

    ACTIVE = "active"
    SUSPENDED = "suspended"
