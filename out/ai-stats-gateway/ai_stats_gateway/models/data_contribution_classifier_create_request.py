"""Models of Phaseo Gateway API: DataContributionClassifierCreateRequest."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel
from .data_contribution_categories import DataContributionCategories
from .data_contribution_classifier_create_request_service_tier import (
    DataContributionClassifierCreateRequestServiceTier,
)

__all__ = [
    "DataContributionClassifierCreateRequest",
]


class DataContributionClassifierCreateRequest(BaseModel):
    """The `DataContributionClassifierCreateRequest` schema."""

    name: str
    slug: str | None = None
    description: str | None = None
    instructions: str
    categories: DataContributionCategories
    model: str | None = None
    service_tier: DataContributionClassifierCreateRequestServiceTier | None = Field(
        default=None, alias="serviceTier"
    )
    sample_rate_bps: int | None = Field(default=None, alias="sampleRateBps")
    enabled: bool | None = None
