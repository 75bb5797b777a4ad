"""Models of Phaseo Gateway API: DynamicRouteUpdateRequest, DynamicRouteUpdateRequestStatus."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum
from .dynamic_route_config import DynamicRouteConfig


class DynamicRouteUpdateRequestStatus(OpenEnum):
    """The `status` field of `DynamicRouteUpdateRequest`."""

    ACTIVE = "active"
    PAUSED = "paused"


class DynamicRouteUpdateRequest(BaseModel):
    """The `DynamicRouteUpdateRequest` schema."""

    name: str | None = None
    description: str | None = None
    status: DynamicRouteUpdateRequestStatus | None = None
    config: DynamicRouteConfig | None = None
