"""Models of Phaseo Gateway API: ApiKeyLimitReset."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ApiKeyLimitReset",
]


class ApiKeyLimitReset(OpenEnum):
    """The `limit_reset` field of `ApiKey`."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
