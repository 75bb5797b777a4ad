"""Models of Phaseo Gateway API: ObservabilityLoggingPolicyResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .observability_logging_policy import ObservabilityLoggingPolicy


class ObservabilityLoggingPolicyResponse(BaseModel):
    """The `ObservabilityLoggingPolicyResponse` schema."""

    data: ObservabilityLoggingPolicy
