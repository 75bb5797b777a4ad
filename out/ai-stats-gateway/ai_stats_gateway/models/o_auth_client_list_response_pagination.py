"""Models of Phaseo Gateway API: OAuthClientListResponsePagination."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "OAuthClientListResponsePagination",
]


class OAuthClientListResponsePagination(BaseModel):
    """The `pagination` field of `OAuthClientListResponse`."""

    total: int
    page: int
    per_page: int
