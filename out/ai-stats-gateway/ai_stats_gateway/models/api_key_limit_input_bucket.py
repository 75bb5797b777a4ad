"""Models of Phaseo Gateway API: ApiKeyLimitInputBucket."""

from __future__ import annotations

from .._base_model import BaseModel


class ApiKeyLimitInputBucket(BaseModel):
    """The `ApiKeyLimitInputBucket` schema.

    Attributes:
        cost: Spend limit in USD.
    """

    requests: int | None = None
    cost: int | float | None = None
