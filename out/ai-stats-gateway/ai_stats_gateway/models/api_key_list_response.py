"""Models of Phaseo Gateway API: ApiKeyListResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .api_key import ApiKey


class ApiKeyListResponse(BaseModel):
    """The `ApiKeyListResponse` schema."""

    data: list[ApiKey]
    total_count: int
