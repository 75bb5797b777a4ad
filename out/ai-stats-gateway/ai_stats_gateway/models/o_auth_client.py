"""Models of Phaseo Gateway API: OAuthClient, OAuthClientClientType."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime, OpenEnum


class OAuthClientClientType(OpenEnum):
    """The `client_type` field of `OAuthClient`."""

    PUBLIC = "public"
    CONFIDENTIAL = "confidential"


class OAuthClient(BaseModel):
    """The `OAuthClient` schema."""

    client_id: str
    workspace_id: str
    name: str
    client_type: OAuthClientClientType
    redirect_uris: list[str]
    allowed_scopes: list[str] | None = None
    description: str | None = None
    homepage_url: str | None = None
    logo_url: str | None = None
    privacy_policy_url: str | None = None
    terms_of_service_url: str | None = None
    status: str
    active_authorizations: int | None = None
    total_authorizations: int | None = None
    requests_last_30d: int | None = None
    last_used_at: DateTime | None = None
    created_at: DateTime | None = None
    updated_at: DateTime | None = None
