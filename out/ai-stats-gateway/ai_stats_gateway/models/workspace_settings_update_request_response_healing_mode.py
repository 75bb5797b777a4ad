"""Models of Phaseo Gateway API: WorkspaceSettingsUpdateRequestResponseHealingMode."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WorkspaceSettingsUpdateRequestResponseHealingMode",
]


class WorkspaceSettingsUpdateRequestResponseHealingMode(OpenEnum):
    """The `response_healing_mode` field of `WorkspaceSettingsUpdateRequest`."""

    SAFE = "safe"
    STRICT = "strict"
