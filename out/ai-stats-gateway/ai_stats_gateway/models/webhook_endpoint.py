"""Models of Phaseo Gateway API: WebhookEndpoint, WebhookEndpointStatus."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel, DateTime, OpenEnum


class WebhookEndpointStatus(OpenEnum):
    """The `status` field of `WebhookEndpoint`."""

    ACTIVE = "active"
    DISABLED = "disabled"
    DELETED = "deleted"


class WebhookEndpoint(BaseModel):
    """The `WebhookEndpoint` schema."""

    id: str
    workspace_id: str = Field(alias="workspaceId")
    name: str
    url: str
    status: WebhookEndpointStatus
    events: list[str]
    has_secret: bool = Field(alias="hasSecret")
    created_by: str | None = Field(default=None, alias="createdBy")
    created_at: DateTime | None = Field(default=None, alias="createdAt")
    updated_at: DateTime | None = Field(default=None, alias="updatedAt")
    deleted_at: DateTime | None = Field(default=None, alias="deletedAt")
