"""Models of Phaseo Gateway API: WorkspaceNotificationTestResponseData."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "WorkspaceNotificationTestResponseData",
]


class WorkspaceNotificationTestResponseData(BaseModel):
    """The `data` field of `WorkspaceNotificationTestResponse`."""

    delivered: bool
    status: int | None
