"""Models of Phaseo Gateway API: DynamicRouteCreateRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .dynamic_route_config import DynamicRouteConfig
from .dynamic_route_create_request_status import DynamicRouteCreateRequestStatus

__all__ = [
    "DynamicRouteCreateRequest",
]


class DynamicRouteCreateRequest(BaseModel):
    """The `DynamicRouteCreateRequest` schema."""

    name: str
    slug: str | None = None
    description: str | None = None
    status: DynamicRouteCreateRequestStatus | None = None
    config: DynamicRouteConfig
