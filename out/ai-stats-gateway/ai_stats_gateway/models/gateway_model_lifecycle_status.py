"""Models of Phaseo Gateway API: GatewayModelLifecycleStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GatewayModelLifecycleStatus",
]


class GatewayModelLifecycleStatus(OpenEnum):
    """The `status` field of `GatewayModelLifecycle`."""

    ACTIVE = "active"
    DEPRECATED = "deprecated"
    RETIRED = "retired"
