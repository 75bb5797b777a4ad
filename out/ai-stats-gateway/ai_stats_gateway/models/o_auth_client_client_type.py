"""Models of Phaseo Gateway API: OAuthClientClientType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "OAuthClientClientType",
]


class OAuthClientClientType(OpenEnum):
    """The `client_type` field of `OAuthClient`."""

    PUBLIC = "public"
    CONFIDENTIAL = "confidential"
