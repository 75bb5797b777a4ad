"""Models of Phaseo Gateway API: ErrorRoutingDiagnostics."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel
from .error_routing_diagnostics_filter_stages_item import ErrorRoutingDiagnosticsFilterStagesItem

__all__ = [
    "ErrorRoutingDiagnostics",
]


class ErrorRoutingDiagnostics(BaseModel):
    """The `ErrorRoutingDiagnostics` schema."""

    filter_stages: list[ErrorRoutingDiagnosticsFilterStagesItem] | None = Field(
        default=None, alias="filterStages"
    )
