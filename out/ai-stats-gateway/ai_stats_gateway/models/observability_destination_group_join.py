"""Models of Phaseo Gateway API: ObservabilityDestinationGroupJoin."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ObservabilityDestinationGroupJoin",
]


class ObservabilityDestinationGroupJoin(OpenEnum):
    """The `group_join` field of `ObservabilityDestination`."""

    AND = "and"
    OR = "or"
