"""Models of Phaseo Gateway API: GatewayModelLifecycle, GatewayModelLifecycleStatus."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class GatewayModelLifecycleStatus(OpenEnum):
    """The `status` field of `GatewayModelLifecycle`."""

    ACTIVE = "active"
    DEPRECATED = "deprecated"
    RETIRED = "retired"


class GatewayModelLifecycle(BaseModel):
    """The `GatewayModelLifecycle` schema."""

    status: GatewayModelLifecycleStatus | None
    released_at: str | None
    deprecated_at: str | None
    retires_at: str | None
    replacement_id: str | None
    message: str | None
