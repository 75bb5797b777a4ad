"""Models of Phaseo Gateway API: DataContributionClassifierDeleteResponse, DataContributionClassifierDeleteResponseData."""

from __future__ import annotations

from .._base_model import BaseModel


class DataContributionClassifierDeleteResponseData(BaseModel):
    """The `data` field of `DataContributionClassifierDeleteResponse`."""

    deleted: bool


class DataContributionClassifierDeleteResponse(BaseModel):
    """The `DataContributionClassifierDeleteResponse` schema."""

    data: DataContributionClassifierDeleteResponseData
