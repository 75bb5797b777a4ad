"""Models of Phaseo Gateway API: ErrorProviderCandidateDiagnosticsDroppedMissingAdapterItem."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel

__all__ = [
    "ErrorProviderCandidateDiagnosticsDroppedMissingAdapterItem",
]


class ErrorProviderCandidateDiagnosticsDroppedMissingAdapterItem(BaseModel):
    """The `droppedMissingAdapter_item` field of `ErrorProviderCandidateDiagnostics`."""

    provider_id: str | None = Field(default=None, alias="providerId")
    endpoint: str | None = None
