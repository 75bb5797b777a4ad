"""Models of Phaseo Gateway API: ApiKeyUsageWindows."""

from __future__ import annotations

from .._base_model import BaseModel
from .api_key_usage_bucket import ApiKeyUsageBucket


class ApiKeyUsageWindows(BaseModel):
    """The `ApiKeyUsageWindows` schema."""

    total: ApiKeyUsageBucket
    daily: ApiKeyUsageBucket
    weekly: ApiKeyUsageBucket
    monthly: ApiKeyUsageBucket
