"""Models of Phaseo Gateway API: WorkspaceAuditEventLimits."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel


class WorkspaceAuditEventLimits(BaseModel):
    """The `WorkspaceAuditEventLimits` schema."""

    daily_requests: int | None = Field(default=None, alias="dailyRequests")
    weekly_requests: int | None = Field(default=None, alias="weeklyRequests")
    monthly_requests: int | None = Field(default=None, alias="monthlyRequests")
    daily_cost_nanos: int | None = Field(default=None, alias="dailyCostNanos")
    weekly_cost_nanos: int | None = Field(default=None, alias="weeklyCostNanos")
    monthly_cost_nanos: int | None = Field(default=None, alias="monthlyCostNanos")
    soft_blocked: bool | None = Field(default=None, alias="softBlocked")
