"""Models of Phaseo Gateway API: GatewayModelOrganization."""

from __future__ import annotations

from .._base_model import BaseModel


class GatewayModelOrganization(BaseModel):
    """The `GatewayModelOrganization` schema."""

    id: str
    name: str | None
    color: str | None
