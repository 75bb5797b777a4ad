"""Models of Phaseo Gateway API: DataContributionOverviewResponseDataLast30Days."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel

__all__ = [
    "DataContributionOverviewResponseDataLast30Days",
]


class DataContributionOverviewResponseDataLast30Days(BaseModel):
    """The `last30Days` field of `DataContributionOverviewResponseData`."""

    contributions: int
    discount_nanos: int = Field(alias="discountNanos")
