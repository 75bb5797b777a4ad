"""Models of Phaseo Gateway API: WorkspaceNotificationRouteMap."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel


class WorkspaceNotificationRouteMap(BaseModel):
    """The `WorkspaceNotificationRouteMap` schema."""

    low_balance: list[str]
    auto_top_up_failed: list[str]
    payment_method_expiring: list[str]
    field_model_deprecation: list[str] = Field(alias="model_deprecation")
