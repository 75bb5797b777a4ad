"""Models of Phaseo Gateway API: DataContributionClassifierInputServiceTier."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "DataContributionClassifierInputServiceTier",
]


class DataContributionClassifierInputServiceTier(OpenEnum):
    """The `serviceTier` field of `DataContributionClassifierInput`."""

    STANDARD = "standard"
    FLEX = "flex"
