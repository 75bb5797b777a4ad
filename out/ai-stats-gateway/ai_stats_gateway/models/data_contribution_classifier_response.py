"""Models of Phaseo Gateway API: DataContributionClassifierResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .data_contribution_classifier import DataContributionClassifier


class DataContributionClassifierResponse(BaseModel):
    """The `DataContributionClassifierResponse` schema."""

    data: DataContributionClassifier
