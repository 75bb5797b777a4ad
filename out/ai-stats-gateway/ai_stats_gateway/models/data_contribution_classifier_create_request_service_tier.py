"""Models of Phaseo Gateway API: DataContributionClassifierCreateRequestServiceTier."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "DataContributionClassifierCreateRequestServiceTier",
]


class DataContributionClassifierCreateRequestServiceTier(OpenEnum):
    """The `serviceTier` field of `DataContributionClassifierCreateRequest`."""

    STANDARD = "standard"
    FLEX = "flex"
