"""Models of Phaseo Gateway API: WorkspaceNotificationDestinationStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceNotificationDestinationStatus",
]


class WorkspaceNotificationDestinationStatus(OpenEnum):
    """The `status` field of `WorkspaceNotificationDestination`."""

    ACTIVE = "active"
    DISABLED = "disabled"
