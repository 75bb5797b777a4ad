"""Models of Phaseo Gateway API: OAuthClientCreateRequestClientType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "OAuthClientCreateRequestClientType",
]


class OAuthClientCreateRequestClientType(OpenEnum):
    """The `client_type` field of `OAuthClientCreateRequest`."""

    PUBLIC = "public"
    CONFIDENTIAL = "confidential"
