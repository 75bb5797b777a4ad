"""Models of Phaseo Gateway API: DataContributionConsentRequest."""

from __future__ import annotations

from .._base_model import BaseModel


class DataContributionConsentRequest(BaseModel):
    """The `DataContributionConsentRequest` schema."""

    enabled: bool
    reason: str | None = None
