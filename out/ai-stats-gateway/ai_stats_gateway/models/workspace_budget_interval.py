"""Models of Phaseo Gateway API: WorkspaceBudgetInterval."""

from __future__ import annotations

from .._base_model import OpenEnum


class WorkspaceBudgetInterval(OpenEnum):
    """The `WorkspaceBudgetInterval` schema."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    LIFETIME = "lifetime"
