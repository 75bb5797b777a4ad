"""Models of Phaseo Gateway API: OAuthClientListResponse, OAuthClientListResponsePagination."""

from __future__ import annotations

from .._base_model import BaseModel
from .o_auth_client import OAuthClient


class OAuthClientListResponsePagination(BaseModel):
    """The `pagination` field of `OAuthClientListResponse`."""

    total: int
    page: int
    per_page: int


class OAuthClientListResponse(BaseModel):
    """The `OAuthClientListResponse` schema."""

    data: list[OAuthClient]
    pagination: OAuthClientListResponsePagination
