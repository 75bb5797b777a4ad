"""Models of Phaseo Gateway API: GatewayObservabilityEventCreateRequestSource."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GatewayObservabilityEventCreateRequestSource",
]


class GatewayObservabilityEventCreateRequestSource(OpenEnum):
    """The `source` field of `GatewayObservabilityEventCreateRequest`."""

    API = "api"
    USER = "user"
    SYSTEM = "system"
    IMPORT = "import"
    TEST = "test"
