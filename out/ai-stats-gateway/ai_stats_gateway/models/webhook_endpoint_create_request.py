"""Models of Phaseo Gateway API: WebhookEndpointCreateRequest."""

from __future__ import annotations

from .._base_model import BaseModel


class WebhookEndpointCreateRequest(BaseModel):
    """The `WebhookEndpointCreateRequest` schema."""

    name: str | None = None
    url: str
    events: list[str] | None = None
