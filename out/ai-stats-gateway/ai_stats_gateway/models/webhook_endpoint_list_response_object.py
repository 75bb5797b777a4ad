"""Models of Phaseo Gateway API: WebhookEndpointListResponseObject."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WebhookEndpointListResponseObject",
]


class WebhookEndpointListResponseObject(OpenEnum):
    """The `object` field of `WebhookEndpointListResponse`."""

    LIST = "list"
