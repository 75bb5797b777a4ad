"""Models of Phaseo Gateway API: DataContributionClassifier."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime
from .data_contribution_categories import DataContributionCategories
from .data_contribution_classifier_kind import DataContributionClassifierKind
from .data_contribution_classifier_service_tier import DataContributionClassifierServiceTier

__all__ = [
    "DataContributionClassifier",
]


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
