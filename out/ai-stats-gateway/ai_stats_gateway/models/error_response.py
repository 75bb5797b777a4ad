"""Models of Phaseo Gateway API: ErrorResponse, ErrorResponseErrorOrigin, ErrorResponseErrorType."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel, OpenEnum
from .error_failure_sample_item import ErrorFailureSampleItem
from .error_provider_candidate_diagnostics import ErrorProviderCandidateDiagnostics
from .error_provider_enablement_diagnostics import ErrorProviderEnablementDiagnostics
from .error_provider_failure_diagnostics import ErrorProviderFailureDiagnostics
from .error_routing_diagnostics import ErrorRoutingDiagnostics
from .error_upstream_error import ErrorUpstreamError


class ErrorResponseErrorType(OpenEnum):
    """The `error_type` field of `ErrorResponse`."""

    USER = "user"
    SYSTEM = "system"


class ErrorResponseErrorOrigin(OpenEnum):
    """The `error_origin` field of `ErrorResponse`."""

    USER = "user"
    GATEWAY = "gateway"
    UPSTREAM = "upstream"


class ErrorResponse(BaseModel):
    """The `ErrorResponse` schema."""

    ok: bool | None = None
    error: str | dict[str, Any]
    message: str | None = None
    description: str | None = None
    generation_id: str | None = None
    status_code: int | None = None
    error_type: ErrorResponseErrorType | None = None
    error_origin: ErrorResponseErrorOrigin | None = None
    reason: str | None = None
    attempt_count: int | None = None
    failed_providers: list[str] | None = None
    failed_statuses: list[int] | None = None
    upstream_error: ErrorUpstreamError | None = None
    failure_sample: list[ErrorFailureSampleItem] | None = None
    provider_failure_diagnostics: ErrorProviderFailureDiagnostics | None = None
    routing_diagnostics: ErrorRoutingDiagnostics | None = None
    provider_candidate_diagnostics: ErrorProviderCandidateDiagnostics | None = None
    provider_enablement: ErrorProviderEnablementDiagnostics | None = None
    missing_pricing_providers: list[str] | None = None
    provider_payment_required_provider: str | None = None
    provider_payment_required_support_notice: str | None = None
    details: list[dict[str, Any]] | None = None
