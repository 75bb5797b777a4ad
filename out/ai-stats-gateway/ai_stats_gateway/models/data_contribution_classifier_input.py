"""Models of Phaseo Gateway API: DataContributionClassifierInput, DataContributionClassifierInputServiceTier."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel, OpenEnum
from .data_contribution_categories import DataContributionCategories


class DataContributionClassifierInputServiceTier(OpenEnum):
    """The `serviceTier` field of `DataContributionClassifierInput`."""

    STANDARD = "standard"
    FLEX = "flex"


class DataContributionClassifierInput(BaseModel):
    """The `DataContributionClassifierInput` schema."""

    name: str | None = None
    description: str | None = None
    instructions: str | None = None
    categories: DataContributionCategories | None = None
    model: str | None = None
    service_tier: DataContributionClassifierInputServiceTier | None = Field(
        default=None, alias="serviceTier"
    )
    sample_rate_bps: int | None = Field(default=None, alias="sampleRateBps")
    enabled: bool | None = None
