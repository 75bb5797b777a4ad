"""Models of Phaseo Gateway API: ModelAvailability, ModelAvailabilityStatus."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class ModelAvailabilityStatus(OpenEnum):
    """The `status` field of `ModelAvailability`."""

    ACTIVE = "active"
    COMING_SOON = "coming_soon"
    INACTIVE = "inactive"
    NOT_LISTED = "not_listed"


class ModelAvailability(BaseModel):
    """The `ModelAvailability` schema."""

    status: ModelAvailabilityStatus
    provider_count: int
    active_provider_count: int
    coming_soon_provider_count: int
    inactive_provider_count: int
