"""Models of Phaseo Gateway API: WebhookEndpointListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .webhook_endpoint import WebhookEndpoint
from .webhook_endpoint_list_response_object import WebhookEndpointListResponseObject

__all__ = [
    "WebhookEndpointListResponse",
]


class WebhookEndpointListResponse(BaseModel):
    """The `WebhookEndpointListResponse` schema."""

    object: WebhookEndpointListResponseObject
    data: list[WebhookEndpoint]
