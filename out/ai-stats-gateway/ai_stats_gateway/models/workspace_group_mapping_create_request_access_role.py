"""Models of Phaseo Gateway API: WorkspaceGroupMappingCreateRequestAccessRole."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceGroupMappingCreateRequestAccessRole",
]


class WorkspaceGroupMappingCreateRequestAccessRole(OpenEnum):
    """The `access_role` field of `WorkspaceGroupMappingCreateRequest`."""

    MEMBER = "member"
    ADMIN = "admin"
