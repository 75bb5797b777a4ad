"""Models of Phaseo Gateway API: ObservabilityLoggingPolicyUpdateRequest."""

from __future__ import annotations

from .._base_model import BaseModel


class ObservabilityLoggingPolicyUpdateRequest(BaseModel):
    """The `ObservabilityLoggingPolicyUpdateRequest` schema."""

    enabled: bool | None = None
    retention_days: int | None = None
    include_provider_payloads: bool | None = None
