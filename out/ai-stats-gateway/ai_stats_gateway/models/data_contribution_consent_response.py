"""Models of Phaseo Gateway API: DataContributionConsentResponse, DataContributionConsentResponseData."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel


class DataContributionConsentResponseData(BaseModel):
    """The `data` field of `DataContributionConsentResponse`."""

    enabled: bool
    policy_version: str = Field(alias="policyVersion")
    sample_rate_bps: int = Field(alias="sampleRateBps")
    classifier_sample_rate_bps: int = Field(alias="classifierSampleRateBps")
    discount_bps: int = Field(alias="discountBps")


class DataContributionConsentResponse(BaseModel):
    """The `DataContributionConsentResponse` schema."""

    data: DataContributionConsentResponseData
