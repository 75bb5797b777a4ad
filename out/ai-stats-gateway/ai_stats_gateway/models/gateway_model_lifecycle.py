"""Models of Phaseo Gateway API: GatewayModelLifecycle."""

from __future__ import annotations

from .._base_model import BaseModel
from .gateway_model_lifecycle_status import GatewayModelLifecycleStatus

__all__ = [
    "GatewayModelLifecycle",
]


class GatewayModelLifecycle(BaseModel):
    """The `GatewayModelLifecycle` schema."""

    status: GatewayModelLifecycleStatus | None
    released_at: str | None
    deprecated_at: str | None
    retires_at: str | None
    replacement_id: str | None
    message: str | None
