"""Models of Phaseo Gateway API: ModelLifecycleStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ModelLifecycleStatus",
]


class ModelLifecycleStatus(OpenEnum):
    """The `status` field of `ModelLifecycle`."""

    ACTIVE = "active"
    DEPRECATED = "deprecated"
    RETIRED = "retired"
