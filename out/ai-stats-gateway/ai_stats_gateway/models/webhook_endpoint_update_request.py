"""Models of Phaseo Gateway API: WebhookEndpointUpdateRequest, WebhookEndpointUpdateRequestStatus."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class WebhookEndpointUpdateRequestStatus(OpenEnum):
    """The `status` field of `WebhookEndpointUpdateRequest`."""

    ACTIVE = "active"
    DISABLED = "disabled"


class WebhookEndpointUpdateRequest(BaseModel):
    """The `WebhookEndpointUpdateRequest` schema."""

    name: str | None = None
    url: str | None = None
    events: list[str] | None = None
    status: WebhookEndpointUpdateRequestStatus | None = None
