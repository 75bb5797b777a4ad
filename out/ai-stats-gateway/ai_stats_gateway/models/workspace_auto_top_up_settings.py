"""Models of Phaseo Gateway API: WorkspaceAutoTopUpSettings."""

from __future__ import annotations

from .._base_model import BaseModel


class WorkspaceAutoTopUpSettings(BaseModel):
    """The `WorkspaceAutoTopUpSettings` schema."""

    enabled: bool
    balance_threshold_nanos: int
    amount_nanos: int
    payment_method_id: str | None
