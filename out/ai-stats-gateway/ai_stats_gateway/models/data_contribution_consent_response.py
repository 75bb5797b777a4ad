"""Models of Phaseo Gateway API: DataContributionConsentResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .data_contribution_consent_response_data import DataContributionConsentResponseData

__all__ = [
    "DataContributionConsentResponse",
]


class DataContributionConsentResponse(BaseModel):
    """The `DataContributionConsentResponse` schema."""

    data: DataContributionConsentResponseData
