"""Models of Phaseo Gateway API: ApiKeyLimitInputWindows."""

from __future__ import annotations

from .._base_model import BaseModel
from .api_key_limit_input_bucket import ApiKeyLimitInputBucket


class ApiKeyLimitInputWindows(BaseModel):
    """The `ApiKeyLimitInputWindows` schema."""

    daily: ApiKeyLimitInputBucket | None = None
    weekly: ApiKeyLimitInputBucket | None = None
    monthly: ApiKeyLimitInputBucket | None = None
