"""Models of Phaseo Gateway API: OAuthClientCreateRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .o_auth_client_create_request_client_type import OAuthClientCreateRequestClientType

__all__ = [
    "OAuthClientCreateRequest",
]


class OAuthClientCreateRequest(BaseModel):
    """The `OAuthClientCreateRequest` schema.

    Attributes:
        client_type: Server default: "confidential".
    """

    name: str
    client_type: OAuthClientCreateRequestClientType | None = None
    allowed_scopes: list[str] | None = None
    description: str | None = None
    homepage_url: str | None = None
    redirect_uris: list[str]
    logo_url: str | None = None
    privacy_policy_url: str | None = None
    terms_of_service_url: str | None = None
