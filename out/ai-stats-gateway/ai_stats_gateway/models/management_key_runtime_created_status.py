"""Models of Phaseo Gateway API: ManagementKeyRuntimeCreatedStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ManagementKeyRuntimeCreatedStatus",
]


class ManagementKeyRuntimeCreatedStatus(OpenEnum):
    """The `status` field of `ManagementKeyRuntimeCreated`."""

    ACTIVE = "active"
    PAUSED = "paused"
