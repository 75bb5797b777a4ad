"""Models of Phaseo Gateway API: OAuthClientDeleteResponse."""

from __future__ import annotations

from .._base_model import BaseModel


class OAuthClientDeleteResponse(BaseModel):
    """The `OAuthClientDeleteResponse` schema."""

    message: str
    client_id: str
