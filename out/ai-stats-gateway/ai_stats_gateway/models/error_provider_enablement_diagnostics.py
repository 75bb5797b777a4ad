"""Models of Phaseo Gateway API: ErrorProviderEnablementDiagnostics, ErrorProviderEnablementDiagnosticsDroppedItem."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel


class ErrorProviderEnablementDiagnosticsDroppedItem(BaseModel):
    """The `dropped_item` field of `ErrorProviderEnablementDiagnostics`."""

    provider_id: str | None = Field(default=None, alias="providerId")
    reason: str | None = None


class ErrorProviderEnablementDiagnostics(BaseModel):
    """The `ErrorProviderEnablementDiagnostics` schema."""

    capability: str | None = None
    providers_before: list[str] | None = Field(default=None, alias="providersBefore")
    providers_after: list[str] | None = Field(default=None, alias="providersAfter")
    dropped: list[ErrorProviderEnablementDiagnosticsDroppedItem] | None = None
