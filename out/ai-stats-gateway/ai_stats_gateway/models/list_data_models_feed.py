"""Models of Phaseo Gateway API: ListDataModelsFeed."""

from __future__ import annotations

from .._base_model import OpenEnum


class ListDataModelsFeed(OpenEnum):
    """The `feed` schema of the `list_data_models` operation."""

    JSON = "json"
    RSS = "rss"
    ATOM = "atom"
