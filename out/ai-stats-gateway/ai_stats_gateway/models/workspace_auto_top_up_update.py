"""Models of Phaseo Gateway API: WorkspaceAutoTopUpUpdate."""

from __future__ import annotations

from .._base_model import BaseModel


class WorkspaceAutoTopUpUpdate(BaseModel):
    """The `WorkspaceAutoTopUpUpdate` schema."""

    enabled: bool
    balance_threshold_nanos: int | None = None
    amount_nanos: int | None = None
    payment_method_id: str | None = None
