"""Models of Phaseo Gateway API: WorkspaceSettingsResponseHealingMode."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceSettingsResponseHealingMode",
]


class WorkspaceSettingsResponseHealingMode(OpenEnum):
    """The `response_healing_mode` field of `WorkspaceSettings`."""

    SAFE = "safe"
    STRICT = "strict"
