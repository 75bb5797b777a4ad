"""Models of Phaseo Gateway API: ApiKeyUsageBucket."""

from __future__ import annotations

from .._base_model import BaseModel


class ApiKeyUsageBucket(BaseModel):
    """The `ApiKeyUsageBucket` schema.

    Attributes:
        cost: Spend in USD.
    """

    requests: int
    cost: int | float
