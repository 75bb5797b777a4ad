"""Models of Phaseo Gateway API: WorkspaceRole."""

from __future__ import annotations

from .._base_model import OpenEnum


class WorkspaceRole(OpenEnum):
    """The `WorkspaceRole` schema."""

    OWNER = "owner"
    ADMIN = "admin"
    MEMBER = "member"
