"""Models of Phaseo Gateway API: WorkspaceGroupMappingUpdateRequestAccessRole."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceGroupMappingUpdateRequestAccessRole",
]


class WorkspaceGroupMappingUpdateRequestAccessRole(OpenEnum):
    """The `access_role` field of `WorkspaceGroupMappingUpdateRequest`."""

    MEMBER = "member"
    ADMIN = "admin"
