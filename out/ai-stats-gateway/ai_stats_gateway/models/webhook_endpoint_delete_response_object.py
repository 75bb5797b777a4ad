"""Models of Phaseo Gateway API: WebhookEndpointDeleteResponseObject."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WebhookEndpointDeleteResponseObject",
]


class WebhookEndpointDeleteResponseObject(OpenEnum):
    """The `object` field of `WebhookEndpointDeleteResponse`."""

    WEBHOOK_ENDPOINT = "webhook_endpoint"
