"""Models of Phaseo Gateway API: WorkspaceDepartmentInputIcon."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceDepartmentInputIcon",
]


class WorkspaceDepartmentInputIcon(OpenEnum):
    """The `icon` field of `WorkspaceDepartmentInput`."""

    USERS = "users"
    BRIEFCASE = "briefcase"
    MEGAPHONE = "megaphone"
    CODE = "code"
    PALETTE = "palette"
    HEADPHONES = "headphones"
    LANDMARK = "landmark"
    SCALE = "scale"
    HEART_PULSE = "heart-pulse"
    GLOBE = "globe"
    FLASK = "flask"
    GRADUATION_CAP = "graduation-cap"
    SHIELD_CHECK = "shield-check"
    SHOPPING_BAG = "shopping-bag"
    WRENCH = "wrench"
    TRUCK = "truck"
    HANDSHAKE = "handshake"
    CHART = "chart"
