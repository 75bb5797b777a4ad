"""Models of Phaseo Gateway API: ModelLifecycle."""

from __future__ import annotations

from .._base_model import BaseModel
from .model_lifecycle_status import ModelLifecycleStatus

__all__ = [
    "ModelLifecycle",
]


class ModelLifecycle(BaseModel):
    """The `ModelLifecycle` schema."""

    status: ModelLifecycleStatus | None = None
    deprecation_date: str | None = None
    retirement_date: str | None = None
    replacement_model_id: str | None = None
    message: str | None = None
