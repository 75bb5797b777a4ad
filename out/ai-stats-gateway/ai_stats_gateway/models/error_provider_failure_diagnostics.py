"""Models of Phaseo Gateway API: ErrorProviderFailureDiagnostics."""

from __future__ import annotations

from .._base_model import BaseModel
from .error_provider_failure_diagnostics_category import ErrorProviderFailureDiagnosticsCategory

__all__ = [
    "ErrorProviderFailureDiagnostics",
]


class ErrorProviderFailureDiagnostics(BaseModel):
    """The `ErrorProviderFailureDiagnostics` schema."""

    category: ErrorProviderFailureDiagnosticsCategory | None = None
    hint: str | None = None
    provider: str | None = None
