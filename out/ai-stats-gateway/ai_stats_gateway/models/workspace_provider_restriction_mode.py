"""Models of Phaseo Gateway API: WorkspaceProviderRestrictionMode."""

from __future__ import annotations

from .._base_model import OpenEnum


class WorkspaceProviderRestrictionMode(OpenEnum):
    """The `WorkspaceProviderRestrictionMode` schema."""

    NONE = "none"
    ALLOWLIST = "allowlist"
    BLOCKLIST = "blocklist"
