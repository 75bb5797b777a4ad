"""Models of Phaseo Gateway API: WebhookEndpointSecretResponseStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WebhookEndpointSecretResponseStatus",
]


class WebhookEndpointSecretResponseStatus(OpenEnum):
    """The `status` field of `WebhookEndpointSecretResponse`."""

    ACTIVE = "active"
    DISABLED = "disabled"
    DELETED = "deleted"
