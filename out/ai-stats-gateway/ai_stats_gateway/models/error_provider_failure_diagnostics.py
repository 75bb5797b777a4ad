"""Models of Phaseo Gateway API: ErrorProviderFailureDiagnostics, ErrorProviderFailureDiagnosticsCategory."""

from __future__ import annotations

from .._base_model import BaseModel, OpenEnum


class ErrorProviderFailureDiagnosticsCategory(OpenEnum):
    """The `category` field of `ErrorProviderFailureDiagnostics`."""

    CREDENTIALS_NOT_CONFIGURED = "credentials_not_configured"
    CREDENTIALS_INVALID_OR_FORBIDDEN = "credentials_invalid_or_forbidden"
    PROVIDER_ACCESS_MISSING = "provider_access_missing"
    REGION_OR_PROJECT_RESTRICTION = "region_or_project_restriction"
    MODEL_UNAVAILABLE_FOR_ENDPOINT = "model_unavailable_for_endpoint"
    RATE_LIMITED = "rate_limited"
    SERVER_ERROR = "server_error"


class ErrorProviderFailureDiagnostics(BaseModel):
    """The `ErrorProviderFailureDiagnostics` schema."""

    category: ErrorProviderFailureDiagnosticsCategory | None = None
    hint: str | None = None
    provider: str | None = None
