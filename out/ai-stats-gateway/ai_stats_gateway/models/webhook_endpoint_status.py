"""Models of Phaseo Gateway API: WebhookEndpointStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WebhookEndpointStatus",
]


class WebhookEndpointStatus(OpenEnum):
    """The `status` field of `WebhookEndpoint`."""

    ACTIVE = "active"
    DISABLED = "disabled"
    DELETED = "deleted"
