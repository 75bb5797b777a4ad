"""Models of Phaseo Gateway API: ModelLifecycle, ModelLifecycleStatus."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class ModelLifecycleStatus(OpenEnum):
    """The `status` field of `ModelLifecycle`."""

    ACTIVE = "active"
    DEPRECATED = "deprecated"
    RETIRED = "retired"


class ModelLifecycle(BaseModel):
    """The `ModelLifecycle` schema."""

    status: ModelLifecycleStatus | None = None
    deprecation_date: str | None = None
    retirement_date: str | None = None
    replacement_model_id: str | None = None
    message: str | None = None
