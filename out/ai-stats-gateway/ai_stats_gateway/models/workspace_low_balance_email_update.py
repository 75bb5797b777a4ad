"""Models of Phaseo Gateway API: WorkspaceLowBalanceEmailUpdate."""

from __future__ import annotations

from .._base_model import BaseModel


class WorkspaceLowBalanceEmailUpdate(BaseModel):
    """The `WorkspaceLowBalanceEmailUpdate` schema."""

    enabled: bool
    threshold_usd: int | float | None = None
