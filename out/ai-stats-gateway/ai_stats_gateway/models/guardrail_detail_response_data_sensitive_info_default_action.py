"""Models of Phaseo Gateway API: GuardrailDetailResponseDataSensitiveInfoDefaultAction."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GuardrailDetailResponseDataSensitiveInfoDefaultAction",
]


class GuardrailDetailResponseDataSensitiveInfoDefaultAction(OpenEnum):
    """The `sensitive_info_default_action` field of `GuardrailDetailResponseData`."""

    FLAG = "flag"
    REDACT = "redact"
    BLOCK = "block"
