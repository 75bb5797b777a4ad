"""Models of Phaseo Gateway API: ListTeamModelsFormat."""

from __future__ import annotations

from .._base_model import OpenEnum


class ListTeamModelsFormat(OpenEnum):
    """The `format` schema of the `list_team_models` operation."""

    JSON = "json"
    RSS = "rss"
    ATOM = "atom"
