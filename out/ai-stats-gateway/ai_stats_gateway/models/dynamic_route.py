"""Models of Phaseo Gateway API: DynamicRoute, DynamicRouteStatus."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime, OpenEnum
from .dynamic_route_config import DynamicRouteConfig
from .dynamic_route_version import DynamicRouteVersion


class DynamicRouteStatus(OpenEnum):
    """The `status` field of `DynamicRoute`."""

    ACTIVE = "active"
    PAUSED = "paused"


class DynamicRoute(BaseModel):
    """The `DynamicRoute` schema."""

    id: str
    workspace_id: str
    name: str
    slug: str
    description: str | None = None
    status: DynamicRouteStatus
    version: int
    deployed_version: int | None = None
    config: DynamicRouteConfig
    key_ids: list[str]
    versions: list[DynamicRouteVersion]
    created_at: DateTime | None = None
    updated_at: DateTime | None = None
