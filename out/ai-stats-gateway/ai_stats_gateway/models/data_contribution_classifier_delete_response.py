"""Models of Phaseo Gateway API: DataContributionClassifierDeleteResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .data_contribution_classifier_delete_response_data import (
    DataContributionClassifierDeleteResponseData,
)

__all__ = [
    "DataContributionClassifierDeleteResponse",
]


class DataContributionClassifierDeleteResponse(BaseModel):
    """The `DataContributionClassifierDeleteResponse` schema."""

    data: DataContributionClassifierDeleteResponseData
