"""Models of Phaseo Gateway API: WebhookEndpointDeleteResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .webhook_endpoint_delete_response_object import WebhookEndpointDeleteResponseObject

__all__ = [
    "WebhookEndpointDeleteResponse",
]


class WebhookEndpointDeleteResponse(BaseModel):
    """The `WebhookEndpointDeleteResponse` schema."""

    id: str
    object: WebhookEndpointDeleteResponseObject
    deleted: bool
