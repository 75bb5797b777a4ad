"""Models of Phaseo Gateway API: DataContributionClassifierDeleteResponseData."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "DataContributionClassifierDeleteResponseData",
]


class DataContributionClassifierDeleteResponseData(BaseModel):
    """The `data` field of `DataContributionClassifierDeleteResponse`."""

    deleted: bool
