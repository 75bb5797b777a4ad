"""Models of Phaseo Gateway API: OAuthClientCreateResponse."""

from __future__ import annotations

from .o_auth_client import OAuthClient


class OAuthClientCreateResponse(OAuthClient):
    """The `OAuthClientCreateResponse` schema.

    Attributes:
        client_secret: Returned once for confidential clients.
    """

    client_secret: str | None = None
