"""Models of Phaseo Gateway API: DataContributionClassifierKind."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "DataContributionClassifierKind",
]


class DataContributionClassifierKind(OpenEnum):
    """The `kind` field of `DataContributionClassifier`."""

    STARTER = "starter"
    CUSTOM = "custom"
