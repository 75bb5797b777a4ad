"""Models of Phaseo Gateway API: ListPricingModelsResponse200."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel


class ListPricingModelsResponse200(BaseModel):
    """The `response_200` schema of the `list_pricing_models` operation."""

    ok: bool | None = None
    models: list[dict[str, Any]] | None = None
