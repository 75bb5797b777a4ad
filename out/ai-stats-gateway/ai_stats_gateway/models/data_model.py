"""Models of Phaseo Gateway API: DataModel."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel
from .data_model_organisation import DataModelOrganisation
from .model_lifecycle import ModelLifecycle


class DataModel(BaseModel):
    """The `DataModel` schema."""

    field_model_id: str | None = Field(default=None, alias="model_id")
    name: str | None = None
    release_date: str | None = None
    deprecation_date: str | None = None
    retirement_date: str | None = None
    status: str | None = None
    lifecycle: ModelLifecycle | None = None
    hidden: bool | None = None
    input_types: list[str] | None = None
    output_types: list[str] | None = None
    organisation: DataModelOrganisation | None = None
