"""Models of Phaseo Gateway API: DataContributionClassifierServiceTier."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "DataContributionClassifierServiceTier",
]


class DataContributionClassifierServiceTier(OpenEnum):
    """The `service_tier` field of `DataContributionClassifier`."""

    STANDARD = "standard"
    FLEX = "flex"
