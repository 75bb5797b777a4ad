"""Models of Phaseo Gateway API: ErrorRoutingDiagnostics, ErrorRoutingDiagnosticsFilterStagesItem, ErrorRoutingDiagnosticsFilterStagesItemDroppedProvidersItem."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel


class ErrorRoutingDiagnosticsFilterStagesItemDroppedProvidersItem(BaseModel):
    """The `droppedProviders_item` field of `ErrorRoutingDiagnosticsFilterStagesItem`."""

    provider_id: str | None = Field(default=None, alias="providerId")
    reason: str | None = None


class ErrorRoutingDiagnosticsFilterStagesItem(BaseModel):
    """The `filterStages_item` field of `ErrorRoutingDiagnostics`."""

    stage: str | None = None
    before_count: int | None = Field(default=None, alias="beforeCount")
    after_count: int | None = Field(default=None, alias="afterCount")
    dropped_providers: list[ErrorRoutingDiagnosticsFilterStagesItemDroppedProvidersItem] | None = (
        Field(default=None, alias="droppedProviders")
    )


class ErrorRoutingDiagnostics(BaseModel):
    """The `ErrorRoutingDiagnostics` schema."""

    filter_stages: list[ErrorRoutingDiagnosticsFilterStagesItem] | None = Field(
        default=None, alias="filterStages"
    )
