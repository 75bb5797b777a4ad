"""Models of Phaseo Gateway API: ListModelsFeed."""

from __future__ import annotations

from .._base_model import OpenEnum


class ListModelsFeed(OpenEnum):
    """The `feed` schema of the `list_models` operation."""

    JSON = "json"
    RSS = "rss"
    ATOM = "atom"
