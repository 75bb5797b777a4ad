"""Models of Phaseo Gateway API: ApiKeyUpdateRequestLimitReset."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ApiKeyUpdateRequestLimitReset",
]


class ApiKeyUpdateRequestLimitReset(OpenEnum):
    """Period used for the spend limit window."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
