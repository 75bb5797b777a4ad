"""Models of Phaseo Gateway API: ApiKeyRotateResponse."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime
from .api_key_with_value import ApiKeyWithValue


class ApiKeyRotateResponse(BaseModel):
    """The `ApiKeyRotateResponse` schema."""

    data: ApiKeyWithValue
    previous_key_expires_at: DateTime | None
