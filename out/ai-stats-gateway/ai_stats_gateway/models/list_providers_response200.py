"""Models of Phaseo Gateway API: ListProvidersResponse200."""

from __future__ import annotations

from .._base_model import BaseModel
from .provider import Provider


class ListProvidersResponse200(BaseModel):
    """The `response_200` schema of the `list_providers` operation."""

    ok: bool | None = None
    limit: int | None = None
    offset: int | None = None
    total: int | None = None
    providers: list[Provider] | None = None
