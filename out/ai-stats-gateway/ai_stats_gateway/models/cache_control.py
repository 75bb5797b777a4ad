"""Models of Phaseo Gateway API: CacheControl."""

from __future__ import annotations

from .._base_model import BaseModel


class CacheControl(BaseModel):
    """The `CacheControl` schema."""

    type: str | None = None
    ttl: str | None = None
    scope: str | None = None
