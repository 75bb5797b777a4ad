"""Models of Phaseo Gateway API: ErrorProviderEnablementDiagnosticsDroppedItem."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel

__all__ = [
    "ErrorProviderEnablementDiagnosticsDroppedItem",
]


class ErrorProviderEnablementDiagnosticsDroppedItem(BaseModel):
    """The `dropped_item` field of `ErrorProviderEnablementDiagnostics`."""

    provider_id: str | None = Field(default=None, alias="providerId")
    reason: str | None = None
