"""Models of Phaseo Gateway API: ApiKeyCreateRequestLimitReset."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ApiKeyCreateRequestLimitReset",
]


class ApiKeyCreateRequestLimitReset(OpenEnum):
    """Period used for the spend limit window."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
