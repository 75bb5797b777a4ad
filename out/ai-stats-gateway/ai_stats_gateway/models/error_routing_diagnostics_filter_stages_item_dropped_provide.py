"""Models of Phaseo Gateway API: ErrorRoutingDiagnosticsFilterStagesItemDroppedProvidersItem."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel

__all__ = [
    "ErrorRoutingDiagnosticsFilterStagesItemDroppedProvidersItem",
]


class ErrorRoutingDiagnosticsFilterStagesItemDroppedProvidersItem(BaseModel):
    """The `droppedProviders_item` field of `ErrorRoutingDiagnosticsFilterStagesItem`."""

    provider_id: str | None = Field(default=None, alias="providerId")
    reason: str | None = None
