"""Models of Phaseo Gateway API: ApiKeyResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .api_key import ApiKey


class ApiKeyResponse(BaseModel):
    """The `ApiKeyResponse` schema."""

    data: ApiKey
