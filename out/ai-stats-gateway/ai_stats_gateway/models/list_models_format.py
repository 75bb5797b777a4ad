"""Models of Phaseo Gateway API: ListModelsFormat."""

from __future__ import annotations

from .._base_model import OpenEnum


class ListModelsFormat(OpenEnum):
    """The `format` schema of the `list_models` operation."""

    JSON = "json"
    RSS = "rss"
    ATOM = "atom"
