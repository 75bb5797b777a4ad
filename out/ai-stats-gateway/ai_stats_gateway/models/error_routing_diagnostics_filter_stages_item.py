"""Models of Phaseo Gateway API: ErrorRoutingDiagnosticsFilterStagesItem."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel
from .error_routing_diagnostics_filter_stages_item_dropped_provide import (
    ErrorRoutingDiagnosticsFilterStagesItemDroppedProvidersItem,
)

__all__ = [
    "ErrorRoutingDiagnosticsFilterStagesItem",
]


class ErrorRoutingDiagnosticsFilterStagesItem(BaseModel):
    """The `filterStages_item` field of `ErrorRoutingDiagnostics`."""

    stage: str | None = None
    before_count: int | None = Field(default=None, alias="beforeCount")
    after_count: int | None = Field(default=None, alias="afterCount")
    dropped_providers: list[ErrorRoutingDiagnosticsFilterStagesItemDroppedProvidersItem] | None = (
        Field(default=None, alias="droppedProviders")
    )
