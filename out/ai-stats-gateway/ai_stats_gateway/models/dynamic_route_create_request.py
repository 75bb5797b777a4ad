"""Models of Phaseo Gateway API: DynamicRouteCreateRequest, DynamicRouteCreateRequestStatus."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum
from .dynamic_route_config import DynamicRouteConfig


class DynamicRouteCreateRequestStatus(OpenEnum):
    """The `status` field of `DynamicRouteCreateRequest`."""

    ACTIVE = "active"
    PAUSED = "paused"


class DynamicRouteCreateRequest(BaseModel):
    """The `DynamicRouteCreateRequest` schema."""

    name: str
    slug: str | None = None
    description: str | None = None
    status: DynamicRouteCreateRequestStatus | None = None
    config: DynamicRouteConfig
