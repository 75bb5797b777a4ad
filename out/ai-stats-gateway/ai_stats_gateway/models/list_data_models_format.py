"""Models of Phaseo Gateway API: ListDataModelsFormat."""

from __future__ import annotations

from .._base_model import OpenEnum


class ListDataModelsFormat(OpenEnum):
    """The `format` schema of the `list_data_models` operation."""

    JSON = "json"
    RSS = "rss"
    ATOM = "atom"
