"""Models of Phaseo Gateway API: ListProvidersResponse500."""

from __future__ import annotations

from .._base_model import BaseModel


class ListProvidersResponse500(BaseModel):
    """The `response_500` schema of the `list_providers` operation."""

    ok: bool | None = None
    error: str | None = None
    message: str | None = None
