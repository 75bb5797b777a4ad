"""Models of Phaseo Gateway API: WorkspaceDirectoryMemberRoleOverride."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceDirectoryMemberRoleOverride",
]


class WorkspaceDirectoryMemberRoleOverride(OpenEnum):
    """The `role_override` field of `WorkspaceDirectoryMember`."""

    ADMIN = "admin"
    MEMBER = "member"
