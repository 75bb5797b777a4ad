"""Models of Phaseo Gateway API: WorkspaceDirectoryMemberUpdateRequestAccessRole."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceDirectoryMemberUpdateRequestAccessRole",
]


class WorkspaceDirectoryMemberUpdateRequestAccessRole(OpenEnum):
    """The `access_role` field of `WorkspaceDirectoryMemberUpdateRequest`."""

    DIRECTORY = "directory"
    ADMIN = "admin"
    MEMBER = "member"
