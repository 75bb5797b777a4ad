"""Models of Phaseo Gateway API: OAuthClientInput."""

from __future__ import annotations

from .._base_model import BaseModel


class OAuthClientInput(BaseModel):
    """The `OAuthClientInput` schema."""

    name: str | None = None
    allowed_scopes: list[str] | None = None
    description: str | None = None
    homepage_url: str | None = None
    redirect_uris: list[str] | None = None
    logo_url: str | None = None
    privacy_policy_url: str | None = None
    terms_of_service_url: str | None = None
