"""Models of Phaseo Gateway API: WorkspaceDepartmentInput, WorkspaceDepartmentInputColor, WorkspaceDepartmentInputIcon."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


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


class WorkspaceDepartmentInputColor(OpenEnum):
    """The `color` field of `WorkspaceDepartmentInput`."""

    BLUE = "blue"
    EMERALD = "emerald"
    AMBER = "amber"
    ROSE = "rose"
    VIOLET = "violet"
    SLATE = "slate"
    CYAN = "cyan"
    TEAL = "teal"
    LIME = "lime"
    YELLOW = "yellow"
    ORANGE = "orange"
    RED = "red"
    PINK = "pink"
    FUCHSIA = "fuchsia"
    INDIGO = "indigo"
    SKY = "sky"
    GREEN = "green"
    PURPLE = "purple"


class WorkspaceDepartmentInput(BaseModel):
    """The `WorkspaceDepartmentInput` schema."""

    name: str | None = None
    description: str | None = None
    icon: WorkspaceDepartmentInputIcon | None = None
    color: WorkspaceDepartmentInputColor | None = None
