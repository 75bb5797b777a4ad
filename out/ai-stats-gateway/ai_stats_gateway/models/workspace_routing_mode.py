"""Models of Phaseo Gateway API: WorkspaceRoutingMode."""

from __future__ import annotations

from .._base_model import OpenEnum


class WorkspaceRoutingMode(OpenEnum):
    """The `WorkspaceRoutingMode` schema."""

    BALANCED = "balanced"
    PRICE = "price"
    LATENCY = "latency"
    THROUGHPUT = "throughput"
