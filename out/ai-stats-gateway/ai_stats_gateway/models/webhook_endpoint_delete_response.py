"""Models of Phaseo Gateway API: WebhookEndpointDeleteResponse, WebhookEndpointDeleteResponseObject."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class WebhookEndpointDeleteResponseObject(OpenEnum):
    """The `object` field of `WebhookEndpointDeleteResponse`."""

    WEBHOOK_ENDPOINT = "webhook_endpoint"


class WebhookEndpointDeleteResponse(BaseModel):
    """The `WebhookEndpointDeleteResponse` schema."""

    id: str
    object: WebhookEndpointDeleteResponseObject
    deleted: bool
