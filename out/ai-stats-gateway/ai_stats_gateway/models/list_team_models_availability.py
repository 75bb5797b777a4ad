"""Models of Phaseo Gateway API: ListTeamModelsAvailability."""

from __future__ import annotations

from .._base_model import OpenEnum


class ListTeamModelsAvailability(OpenEnum):
    """The `availability` schema of the `list_team_models` operation."""

    ACTIVE = "active"
    ALL = "all"
