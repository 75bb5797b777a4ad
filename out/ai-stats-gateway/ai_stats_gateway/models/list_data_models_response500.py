"""Models of Phaseo Gateway API: ListDataModelsResponse500."""

from __future__ import annotations

from .._base_model import BaseModel


class ListDataModelsResponse500(BaseModel):
    """The `response_500` schema of the `list_data_models` operation."""

    ok: bool | None = None
    error: str | None = None
    message: str | None = None
