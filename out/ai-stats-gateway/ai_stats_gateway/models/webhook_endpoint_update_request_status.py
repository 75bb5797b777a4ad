"""Models of Phaseo Gateway API: WebhookEndpointUpdateRequestStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "WebhookEndpointUpdateRequestStatus",
]


class WebhookEndpointUpdateRequestStatus(OpenEnum):
    """The `status` field of `WebhookEndpointUpdateRequest`."""

    ACTIVE = "active"
    DISABLED = "disabled"
