"""Models of Phaseo Gateway API: ModelAvailabilityStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ModelAvailabilityStatus",
]


class ModelAvailabilityStatus(OpenEnum):
    """The `status` field of `ModelAvailability`."""

    ACTIVE = "active"
    COMING_SOON = "coming_soon"
    INACTIVE = "inactive"
    NOT_LISTED = "not_listed"
