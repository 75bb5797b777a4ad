"""Models of Phaseo Gateway API: OAuthClientListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .o_auth_client import OAuthClient
from .o_auth_client_list_response_pagination import OAuthClientListResponsePagination

__all__ = [
    "OAuthClientListResponse",
]


class OAuthClientListResponse(BaseModel):
    """The `OAuthClientListResponse` schema."""

    data: list[OAuthClient]
    pagination: OAuthClientListResponsePagination
