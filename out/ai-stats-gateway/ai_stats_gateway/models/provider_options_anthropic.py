"""Models of Phaseo Gateway API: ProviderOptionsAnthropic."""

from __future__ import annotations

from .._base_model import BaseModel
from .cache_control import CacheControl

__all__ = [
    "ProviderOptionsAnthropic",
]


class ProviderOptionsAnthropic(BaseModel):
    """The `anthropic` field of `ProviderOptions`."""

    cache_control: CacheControl | None = None
