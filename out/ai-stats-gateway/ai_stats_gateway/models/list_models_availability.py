"""Models of Phaseo Gateway API: ListModelsAvailability."""

from __future__ import annotations

from .._base_model import OpenEnum


class ListModelsAvailability(OpenEnum):
    """The `availability` schema of the `list_models` operation."""

    ACTIVE = "active"
    ALL = "all"
