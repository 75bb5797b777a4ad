"""Models of Phaseo Gateway API: DynamicRouteVersion, DynamicRouteVersionStatus."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime, OpenEnum


class DynamicRouteVersionStatus(OpenEnum):
    """The `status` field of `DynamicRouteVersion`."""

    DRAFT = "draft"
    DEPLOYED = "deployed"
    SUPERSEDED = "superseded"


class DynamicRouteVersion(BaseModel):
    """The `DynamicRouteVersion` schema."""

    version: int
    status: DynamicRouteVersionStatus
    created_by: str | None = None
    created_at: DateTime | None = None
