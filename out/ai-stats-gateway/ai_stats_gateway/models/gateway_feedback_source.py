"""Models of Phaseo Gateway API: GatewayFeedbackSource."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GatewayFeedbackSource",
]


class GatewayFeedbackSource(OpenEnum):
    """The `source` field of `GatewayFeedback`."""

    API = "api"
    USER = "user"
    SYSTEM = "system"
    IMPORT = "import"
    TEST = "test"
