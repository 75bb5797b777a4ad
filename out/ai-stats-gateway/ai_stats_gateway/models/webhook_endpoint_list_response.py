"""Models of Phaseo Gateway API: WebhookEndpointListResponse, WebhookEndpointListResponseObject."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum
from .webhook_endpoint import WebhookEndpoint


class WebhookEndpointListResponseObject(OpenEnum):
    """The `object` field of `WebhookEndpointListResponse`."""

    LIST = "list"


class WebhookEndpointListResponse(BaseModel):
    """The `WebhookEndpointListResponse` schema."""

    object: WebhookEndpointListResponseObject
    data: list[WebhookEndpoint]
