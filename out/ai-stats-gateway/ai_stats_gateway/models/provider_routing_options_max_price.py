"""Models of Phaseo Gateway API: ProviderRoutingOptionsMaxPrice."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "ProviderRoutingOptionsMaxPrice",
]


class ProviderRoutingOptionsMaxPrice(BaseModel):
    """The `max_price` field of `ProviderRoutingOptions`."""

    prompt: int | float | str | None = None
    completion: int | float | str | None = None
    image: int | float | str | None = None
    audio: int | float | str | None = None
    request: int | float | str | None = None
