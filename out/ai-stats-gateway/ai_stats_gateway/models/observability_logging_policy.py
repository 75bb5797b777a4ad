"""Models of Phaseo Gateway API: ObservabilityLoggingPolicy, ObservabilityLoggingPolicyBillingStatus."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime, OpenEnum


class ObservabilityLoggingPolicyBillingStatus(OpenEnum):
    """The `billing_status` field of `ObservabilityLoggingPolicy`."""

    ACTIVE = "active"
    GRACE = "grace"
    SUSPENDED = "suspended"


class ObservabilityLoggingPolicy(BaseModel):
    """The `ObservabilityLoggingPolicy` schema.

    Attributes:
        billing_status: Read-only: set by the server, never sent.
        grace_until: Read-only: set by the server, never sent.
        price_per_million_units_nanos: Read-only: set by the server, never sent.
    """

    workspace_id: str
    enabled: bool
    retention_days: int
    include_provider_payloads: bool
    billing_status: ObservabilityLoggingPolicyBillingStatus
    grace_until: DateTime | None = None
    price_per_million_units_nanos: int
    updated_at: DateTime | None = None
