"""Models of Phaseo Gateway API: WorkspaceGroupMappingAccessRole."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceGroupMappingAccessRole",
]


class WorkspaceGroupMappingAccessRole(OpenEnum):
    """The `access_role` field of `WorkspaceGroupMapping`."""

    MEMBER = "member"
    ADMIN = "admin"
