"""Models of Phaseo Gateway API: ProviderRoutingOptions, ProviderRoutingOptionsDataCollection, ProviderRoutingOptionsMaxPrice."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, OpenEnum


class ProviderRoutingOptionsDataCollection(OpenEnum):
    """The `data_collection` field of `ProviderRoutingOptions`."""

    ALLOW = "allow"
    DENY = "deny"


class ProviderRoutingOptionsMaxPrice(BaseModel):
    """The `max_price` field of `ProviderRoutingOptions`."""

    prompt: int | float | str | None = None
    completion: int | float | str | None = None
    image: int | float | str | None = None
    audio: int | float | str | None = None
    request: int | float | str | None = None


class ProviderRoutingOptions(BaseModel):
    """Provider routing preferences for gateway selection.

    Attributes:
        include_alpha: Include alpha providers in routing (off by default).
        allow_fallbacks: Allow fallback to another eligible provider after failure.
        require_parameters: Require provider support for requested parameters before routing.
        required_execution_region: Restrict routing to providers with the requested execution region.
        required_data_region: Restrict routing to providers with the requested data region.
        require_zero_data_retention: Restrict routing to providers that support zero data retention.
        sort: Rank providers for this request, for example by price, latency, or throughput.
    """

    order: list[str] | None = None
    only: list[str] | None = None
    ignore: list[str] | None = None
    include_alpha: bool | None = None
    allow_fallbacks: bool | None = None
    require_parameters: bool | None = None
    required_execution_region: str | None = None
    required_data_region: str | None = None
    require_zero_data_retention: bool | None = None
    data_collection: ProviderRoutingOptionsDataCollection | None = None
    zdr: bool | None = None
    enforce_distillable_text: bool | None = None
    quantizations: list[str] | None = None
    sort: str | dict[str, Any] | None = None
    max_price: ProviderRoutingOptionsMaxPrice | None = None
    preferred_min_throughput: int | float | dict[str, int | float] | None = None
    preferred_max_latency: int | float | dict[str, int | float] | None = None
