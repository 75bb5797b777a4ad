"""Models of Phaseo Gateway API: ListOrganisationsResponse200OrganisationsItem."""

from __future__ import annotations

from .._base_model import BaseModel


class ListOrganisationsResponse200OrganisationsItem(BaseModel):
    """The `organisations_item` field of `ListOrganisationsResponse200`."""

    organisation_id: str | None = None
    name: str | None = None
    country_code: str | None = None
    description: str | None = None
    colour: str | None = None
