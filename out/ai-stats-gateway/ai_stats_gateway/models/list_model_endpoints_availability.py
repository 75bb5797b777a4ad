"""Models of Phaseo Gateway API: ListModelEndpointsAvailability."""

from __future__ import annotations

from .._base_model import OpenEnum


class ListModelEndpointsAvailability(OpenEnum):
    """The `availability` schema of the `list_model_endpoints` operation."""

    ACTIVE = "active"
    ALL = "all"
