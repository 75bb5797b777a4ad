"""Models of Phaseo Gateway API: ManagementKeyRuntimeStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ManagementKeyRuntimeStatus",
]


class ManagementKeyRuntimeStatus(OpenEnum):
    """The `status` field of `ManagementKeyRuntime`."""

    ACTIVE = "active"
    PAUSED = "paused"
