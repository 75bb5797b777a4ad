"""Models of Phaseo Gateway API: ObservabilityDestinationCreateRequest."""

from __future__ import annotations

from .observability_destination_policy_input import ObservabilityDestinationPolicyInput
from .observability_destination_type import ObservabilityDestinationType


class ObservabilityDestinationCreateRequest(ObservabilityDestinationPolicyInput):
    """The `ObservabilityDestinationCreateRequest` schema.

    Attributes:
        config: Write-only: sent, never returned.
    """

    type: ObservabilityDestinationType
    config: dict[str, str]
