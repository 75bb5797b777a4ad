"""Models of Phaseo Gateway API: OAuthClientSecretResponse."""

from __future__ import annotations

from .._base_model import BaseModel


class OAuthClientSecretResponse(BaseModel):
    """The `OAuthClientSecretResponse` schema."""

    client_id: str
    client_secret: str
    message: str
