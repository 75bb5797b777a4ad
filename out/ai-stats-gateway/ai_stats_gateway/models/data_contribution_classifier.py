"""Models of Phaseo Gateway API: DataContributionClassifier, DataContributionClassifierKind, DataContributionClassifierServiceTier."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime, OpenEnum
from .data_contribution_categories import DataContributionCategories


class DataContributionClassifierKind(OpenEnum):
    """The `kind` field of `DataContributionClassifier`."""

    STARTER = "starter"
    CUSTOM = "custom"


class DataContributionClassifierServiceTier(OpenEnum):
    """The `service_tier` field of `DataContributionClassifier`."""

    STANDARD = "standard"
    FLEX = "flex"


class DataContributionClassifier(BaseModel):
    """The `DataContributionClassifier` schema."""

    id: str
    slug: str
    name: str
    description: str | None = None
    kind: DataContributionClassifierKind
    instructions: str
    categories: DataContributionCategories
    model: str
    service_tier: DataContributionClassifierServiceTier
    sample_rate_bps: int
    enabled: bool
    created_at: DateTime | None = None
    updated_at: DateTime | None = None
