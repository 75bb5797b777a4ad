"""Models of Phaseo Gateway API: ObservabilityDestinationUpdateRequest."""

from __future__ import annotations

from .observability_destination_policy_input import ObservabilityDestinationPolicyInput


class ObservabilityDestinationUpdateRequest(ObservabilityDestinationPolicyInput):
    """The `ObservabilityDestinationUpdateRequest` schema.

    Attributes:
        config: Write-only: sent, never returned.
    """

    config: dict[str, str] | None = None
