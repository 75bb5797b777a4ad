"""Models of Phaseo Gateway API: WebhookEndpointSecretResponse, WebhookEndpointSecretResponseStatus."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel, DateTime, OpenEnum


class WebhookEndpointSecretResponseStatus(OpenEnum):
    """The `status` field of `WebhookEndpointSecretResponse`."""

    ACTIVE = "active"
    DISABLED = "disabled"
    DELETED = "deleted"


class WebhookEndpointSecretResponse(BaseModel):
    """The `WebhookEndpointSecretResponse` schema.

    Attributes:
        signing_secret: Returned only on creation or rotation.
    """

    id: str
    workspace_id: str = Field(alias="workspaceId")
    name: str
    url: str
    status: WebhookEndpointSecretResponseStatus
    events: list[str]
    has_secret: bool = Field(alias="hasSecret")
    created_by: str | None = Field(default=None, alias="createdBy")
    created_at: DateTime | None = Field(default=None, alias="createdAt")
    updated_at: DateTime | None = Field(default=None, alias="updatedAt")
    deleted_at: DateTime | None = Field(default=None, alias="deletedAt")
    signing_secret: str
