"""Models of Phaseo Gateway API: CacheControl."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = ["CacheControl"]


class CacheControl(BaseModel):
    """The `CacheControl` schema."""

    type: str | None = None
    ttl: str | None = None
    scope: str | None = None
