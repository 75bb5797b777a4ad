"""Models of Phaseo Gateway API: DataContributionOverviewResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .data_contribution_overview_response_data import DataContributionOverviewResponseData

__all__ = [
    "DataContributionOverviewResponse",
]


class DataContributionOverviewResponse(BaseModel):
    """The `DataContributionOverviewResponse` schema."""

    data: DataContributionOverviewResponseData
