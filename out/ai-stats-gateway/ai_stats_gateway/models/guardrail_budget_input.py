"""Models of Phaseo Gateway API: GuardrailBudgetInput."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel


class GuardrailBudgetInput(BaseModel):
    """The `GuardrailBudgetInput` schema."""

    daily_requests: int | None = Field(default=None, alias="dailyRequests")
    weekly_requests: int | None = Field(default=None, alias="weeklyRequests")
    monthly_requests: int | None = Field(default=None, alias="monthlyRequests")
    daily_cost_nanos: int | None = Field(default=None, alias="dailyCostNanos")
    weekly_cost_nanos: int | None = Field(default=None, alias="weeklyCostNanos")
    monthly_cost_nanos: int | None = Field(default=None, alias="monthlyCostNanos")
