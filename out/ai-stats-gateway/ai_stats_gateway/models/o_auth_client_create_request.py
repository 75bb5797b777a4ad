"""Models of Phaseo Gateway API: OAuthClientCreateRequest, OAuthClientCreateRequestClientType."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class OAuthClientCreateRequestClientType(OpenEnum):
    """The `client_type` field of `OAuthClientCreateRequest`."""

    PUBLIC = "public"
    CONFIDENTIAL = "confidential"


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
