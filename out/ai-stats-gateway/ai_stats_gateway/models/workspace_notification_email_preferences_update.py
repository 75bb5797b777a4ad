"""Models of Phaseo Gateway API: WorkspaceNotificationEmailPreferencesUpdate."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel


class WorkspaceNotificationEmailPreferencesUpdate(BaseModel):
    """The `WorkspaceNotificationEmailPreferencesUpdate` schema."""

    auto_top_up_failure: bool | None = None
    payment_method_expiring: bool | None = None
    field_model_deprecation: bool | None = Field(default=None, alias="model_deprecation")
