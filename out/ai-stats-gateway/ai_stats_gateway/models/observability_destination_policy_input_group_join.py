"""Models of Phaseo Gateway API: ObservabilityDestinationPolicyInputGroupJoin."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ObservabilityDestinationPolicyInputGroupJoin",
]


class ObservabilityDestinationPolicyInputGroupJoin(OpenEnum):
    """The `group_join` field of `ObservabilityDestinationPolicyInput`."""

    AND = "and"
    OR = "or"
