"""Models of Phaseo Gateway API: ListOrganisationsResponse200."""

from __future__ import annotations

from .._base_model import BaseModel
from .list_organisations_response200_organisations_item import (
    ListOrganisationsResponse200OrganisationsItem,
)


class ListOrganisationsResponse200(BaseModel):
    """The `response_200` schema of the `list_organisations` operation."""

    ok: bool | None = None
    limit: int | None = None
    offset: int | None = None
    total: int | None = None
    organisations: list[ListOrganisationsResponse200OrganisationsItem] | None = None
