"""Models of Phaseo Gateway API: DataContributionOverviewResponse, DataContributionOverviewResponseData, DataContributionOverviewResponseDataLast30Days."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._base_model import BaseModel, DateTime
from .data_contribution_categories import DataContributionCategories
from .data_contribution_classifier import DataContributionClassifier


class DataContributionOverviewResponseDataLast30Days(BaseModel):
    """The `last30Days` field of `DataContributionOverviewResponseData`."""

    contributions: int
    discount_nanos: int = Field(alias="discountNanos")


class DataContributionOverviewResponseData(BaseModel):
    """The `data` field of `DataContributionOverviewResponse`."""

    enabled: bool
    policy_version: str = Field(alias="policyVersion")
    consented_at: DateTime | None = Field(default=None, alias="consentedAt")
    sample_rate_bps: int = Field(alias="sampleRateBps")
    classifier_sample_rate_bps: int = Field(alias="classifierSampleRateBps")
    discount_bps: int = Field(alias="discountBps")
    last30_days: DataContributionOverviewResponseDataLast30Days = Field(alias="last30Days")
    classifiers: list[DataContributionClassifier]
    analytics: list[dict[str, Any]]
    starter_categories: DataContributionCategories = Field(alias="starterCategories")


class DataContributionOverviewResponse(BaseModel):
    """The `DataContributionOverviewResponse` schema."""

    data: DataContributionOverviewResponseData
