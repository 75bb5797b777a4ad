"""Models of Phaseo Gateway API: Provider."""

from __future__ import annotations

from .._base_model import BaseModel


class Provider(BaseModel):
    """The `Provider` schema."""

    api_provider_id: str | None = None
    api_provider_name: str | None = None
    description: str | None = None
    link: str | None = None
    country_code: str | None = None
