"""Models of Phaseo Gateway API: DynamicRouteUpdateRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .dynamic_route_config import DynamicRouteConfig
from .dynamic_route_update_request_status import DynamicRouteUpdateRequestStatus

__all__ = [
    "DynamicRouteUpdateRequest",
]


class DynamicRouteUpdateRequest(BaseModel):
    """The `DynamicRouteUpdateRequest` schema."""

    name: str | None = None
    description: str | None = None
    status: DynamicRouteUpdateRequestStatus | None = None
    config: DynamicRouteConfig | None = None
