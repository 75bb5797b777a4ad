"""Models of Phaseo Gateway API: WebhookEndpointUpdateRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .webhook_endpoint_update_request_status import WebhookEndpointUpdateRequestStatus

__all__ = [
    "WebhookEndpointUpdateRequest",
]


class WebhookEndpointUpdateRequest(BaseModel):
    """The `WebhookEndpointUpdateRequest` schema."""

    name: str | None = None
    url: str | None = None
    events: list[str] | None = None
    status: WebhookEndpointUpdateRequestStatus | None = None
