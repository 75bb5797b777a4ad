"""Models of Phaseo Gateway API: WorkspaceDepartmentSourceType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceDepartmentSourceType",
]


class WorkspaceDepartmentSourceType(OpenEnum):
    """The `source_type` field of `WorkspaceDepartment`."""

    MANUAL = "manual"
    SCIM_GROUP = "scim_group"
