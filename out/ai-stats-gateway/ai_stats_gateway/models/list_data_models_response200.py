"""Models of Phaseo Gateway API: ListDataModelsResponse200."""

from __future__ import annotations

from .._base_model import BaseModel
from .data_model import DataModel


class ListDataModelsResponse200(BaseModel):
    """The `response_200` schema of the `list_data_models` operation."""

    ok: bool | None = None
    include_hidden: bool | None = None
    limit: int | None = None
    offset: int | None = None
    total: int | None = None
    models: list[DataModel] | None = None
