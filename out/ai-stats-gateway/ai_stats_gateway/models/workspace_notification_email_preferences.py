"""Models of Phaseo Gateway API: WorkspaceNotificationEmailPreferences."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel


class WorkspaceNotificationEmailPreferences(BaseModel):
    """The `WorkspaceNotificationEmailPreferences` schema."""

    auto_top_up_failure: bool
    payment_method_expiring: bool
    field_model_deprecation: bool = Field(alias="model_deprecation")
