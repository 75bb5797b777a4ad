"""Models of Phaseo Gateway API: WorkspaceDepartmentInputColor."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceDepartmentInputColor",
]


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
