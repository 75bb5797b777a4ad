"""Models of Phaseo Gateway API: ErrorProviderCandidateDiagnostics."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel
from .error_provider_candidate_diagnostics_dropped_missing_adapter import (
    ErrorProviderCandidateDiagnosticsDroppedMissingAdapterItem,
)

__all__ = [
    "ErrorProviderCandidateDiagnostics",
]


class ErrorProviderCandidateDiagnostics(BaseModel):
    """The `ErrorProviderCandidateDiagnostics` schema."""

    total_providers: int | None = Field(default=None, alias="totalProviders")
    supports_endpoint_count: int | None = Field(default=None, alias="supportsEndpointCount")
    candidate_count: int | None = Field(default=None, alias="candidateCount")
    dropped_unsupported_endpoint: list[str] | None = Field(
        default=None, alias="droppedUnsupportedEndpoint"
    )
    dropped_missing_adapter: (
        list[ErrorProviderCandidateDiagnosticsDroppedMissingAdapterItem] | None
    ) = Field(default=None, alias="droppedMissingAdapter")
