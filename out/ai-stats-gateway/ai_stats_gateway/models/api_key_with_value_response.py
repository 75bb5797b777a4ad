"""Models of Phaseo Gateway API: ApiKeyWithValueResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .api_key_with_value import ApiKeyWithValue


class ApiKeyWithValueResponse(BaseModel):
    """The `ApiKeyWithValueResponse` schema."""

    data: ApiKeyWithValue
