"""Models of Phaseo Gateway API: ListTeamModelsFeed."""

from __future__ import annotations

from .._base_model import OpenEnum


class ListTeamModelsFeed(OpenEnum):
    """The `feed` schema of the `list_team_models` operation."""

    JSON = "json"
    RSS = "rss"
    ATOM = "atom"
