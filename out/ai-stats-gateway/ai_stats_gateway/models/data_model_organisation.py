"""Models of Phaseo Gateway API: DataModelOrganisation."""

from __future__ import annotations

from .._base_model import BaseModel


class DataModelOrganisation(BaseModel):
    """The `DataModelOrganisation` schema."""

    organisation_id: str | None = None
    name: str | None = None
    country_code: str | None = None
    colour: str | None = None
