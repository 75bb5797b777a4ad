"""Models of Phaseo Gateway API: ErrorProviderCandidateDiagnostics, ErrorProviderCandidateDiagnosticsDroppedMissingAdapterItem."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel


class ErrorProviderCandidateDiagnosticsDroppedMissingAdapterItem(BaseModel):
    """The `droppedMissingAdapter_item` field of `ErrorProviderCandidateDiagnostics`."""

    provider_id: str | None = Field(default=None, alias="providerId")
    endpoint: str | None = None


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
