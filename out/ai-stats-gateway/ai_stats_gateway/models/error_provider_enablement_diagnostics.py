"""Models of Phaseo Gateway API: ErrorProviderEnablementDiagnostics."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel
from .error_provider_enablement_diagnostics_dropped_item import (
    ErrorProviderEnablementDiagnosticsDroppedItem,
)

__all__ = [
    "ErrorProviderEnablementDiagnostics",
]


class ErrorProviderEnablementDiagnostics(BaseModel):
    """The `ErrorProviderEnablementDiagnostics` schema."""

    capability: str | None = None
    providers_before: list[str] | None = Field(default=None, alias="providersBefore")
    providers_after: list[str] | None = Field(default=None, alias="providersAfter")
    dropped: list[ErrorProviderEnablementDiagnosticsDroppedItem] | None = None
