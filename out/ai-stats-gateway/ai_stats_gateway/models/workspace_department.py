"""Models of Phaseo Gateway API: WorkspaceDepartment, WorkspaceDepartmentSourceType."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime, OpenEnum


class WorkspaceDepartmentSourceType(OpenEnum):
    """The `source_type` field of `WorkspaceDepartment`."""

    MANUAL = "manual"
    SCIM_GROUP = "scim_group"


class WorkspaceDepartment(BaseModel):
    """The `WorkspaceDepartment` schema."""

    id: str
    name: str
    description: str | None = None
    icon: str | None = None
    color: str | None = None
    source_type: WorkspaceDepartmentSourceType | None = None
    source_id: str | None = None
    directory_name: str | None = None
    name_overridden: bool | None = None
    created_at: DateTime | None = None
    updated_at: DateTime | None = None
