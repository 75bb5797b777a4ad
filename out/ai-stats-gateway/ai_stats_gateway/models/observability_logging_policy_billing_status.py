"""Models of Phaseo Gateway API: ObservabilityLoggingPolicyBillingStatus."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ObservabilityLoggingPolicyBillingStatus",
]


class ObservabilityLoggingPolicyBillingStatus(OpenEnum):
    """The `billing_status` field of `ObservabilityLoggingPolicy`."""

    ACTIVE = "active"
    GRACE = "grace"
    SUSPENDED = "suspended"
