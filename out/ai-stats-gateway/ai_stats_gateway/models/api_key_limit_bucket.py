"""Models of Phaseo Gateway API: ApiKeyLimitBucket."""

from __future__ import annotations

from .._base_model import BaseModel


class ApiKeyLimitBucket(BaseModel):
    """The `ApiKeyLimitBucket` schema.

    Attributes:
        cost: Spend limit in USD.
    """

    requests: int | None
    cost: int | float | None
