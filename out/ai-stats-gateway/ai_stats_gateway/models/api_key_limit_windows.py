"""Models of Phaseo Gateway API: ApiKeyLimitWindows."""

from __future__ import annotations

from .._base_model import BaseModel
from .api_key_limit_bucket import ApiKeyLimitBucket


class ApiKeyLimitWindows(BaseModel):
    """The `ApiKeyLimitWindows` schema."""

    daily: ApiKeyLimitBucket
    weekly: ApiKeyLimitBucket
    monthly: ApiKeyLimitBucket
