"""Models of Phaseo Gateway API: WorkspaceLowBalanceEmailSettings."""

from __future__ import annotations

from .._base_model import BaseModel


class WorkspaceLowBalanceEmailSettings(BaseModel):
    """The `WorkspaceLowBalanceEmailSettings` schema."""

    enabled: bool
    threshold_usd: int | float
