"""Models of Phaseo Gateway API: WorkspaceAssignableRole."""

from __future__ import annotations

from .._base_model import OpenEnum


class WorkspaceAssignableRole(OpenEnum):
    """The `WorkspaceAssignableRole` schema."""

    ADMIN = "admin"
    MEMBER = "member"
