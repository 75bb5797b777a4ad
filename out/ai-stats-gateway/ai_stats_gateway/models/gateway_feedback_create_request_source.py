"""Models of Phaseo Gateway API: GatewayFeedbackCreateRequestSource."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GatewayFeedbackCreateRequestSource",
]


class GatewayFeedbackCreateRequestSource(OpenEnum):
    """The `source` field of `GatewayFeedbackCreateRequest`."""

    API = "api"
    USER = "user"
    SYSTEM = "system"
    IMPORT = "import"
    TEST = "test"
