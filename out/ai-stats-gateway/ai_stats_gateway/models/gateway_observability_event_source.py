"""Models of Phaseo Gateway API: GatewayObservabilityEventSource."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GatewayObservabilityEventSource",
]


class GatewayObservabilityEventSource(OpenEnum):
    """The `source` field of `GatewayObservabilityEvent`."""

    API = "api"
    USER = "user"
    SYSTEM = "system"
    IMPORT = "import"
    TEST = "test"
