"""Models of Phaseo Gateway API: ProviderOptionsGoogle."""

from __future__ import annotations

from .._base_model import BaseModel
from .cache_control import CacheControl

__all__ = [
    "ProviderOptionsGoogle",
]


class ProviderOptionsGoogle(BaseModel):
    """The `google` field of `ProviderOptions`."""

    cache_control: CacheControl | None = None
    cached_content: str | None = None
    cache_ttl: str | None = None
