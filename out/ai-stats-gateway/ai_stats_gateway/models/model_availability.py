"""Models of Phaseo Gateway API: ModelAvailability."""

from __future__ import annotations

from .._base_model import BaseModel
from .model_availability_status import ModelAvailabilityStatus

__all__ = [
    "ModelAvailability",
]


class ModelAvailability(BaseModel):
    """The `ModelAvailability` schema."""

    status: ModelAvailabilityStatus
    provider_count: int
    active_provider_count: int
    coming_soon_provider_count: int
    inactive_provider_count: int
