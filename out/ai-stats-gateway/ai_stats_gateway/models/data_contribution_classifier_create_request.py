"""Models of Phaseo Gateway API: DataContributionClassifierCreateRequest, DataContributionClassifierCreateRequestServiceTier."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel, OpenEnum
from .data_contribution_categories import DataContributionCategories


class DataContributionClassifierCreateRequestServiceTier(OpenEnum):
    """The `serviceTier` field of `DataContributionClassifierCreateRequest`."""

    STANDARD = "standard"
    FLEX = "flex"


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
