"""Models of Phaseo Gateway API: GuardrailPolicyInputSensitiveInfoDefaultAction."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GuardrailPolicyInputSensitiveInfoDefaultAction",
]


class GuardrailPolicyInputSensitiveInfoDefaultAction(OpenEnum):
    """The `sensitiveInfoDefaultAction` field of `GuardrailPolicyInput`."""

    FLAG = "flag"
    REDACT = "redact"
    BLOCK = "block"
