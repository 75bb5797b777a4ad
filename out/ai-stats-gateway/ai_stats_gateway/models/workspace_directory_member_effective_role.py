"""Models of Phaseo Gateway API: WorkspaceDirectoryMemberEffectiveRole."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceDirectoryMemberEffectiveRole",
]


class WorkspaceDirectoryMemberEffectiveRole(OpenEnum):
    """The `effective_role` field of `WorkspaceDirectoryMember`."""

    OWNER = "owner"
    ADMIN = "admin"
    MEMBER = "member"
