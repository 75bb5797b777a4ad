"""Models of Phaseo Gateway API: GuardrailSensitiveInfoDefaultAction."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GuardrailSensitiveInfoDefaultAction",
]


class GuardrailSensitiveInfoDefaultAction(OpenEnum):
    """The `sensitive_info_default_action` field of `Guardrail`."""

    FLAG = "flag"
    REDACT = "redact"
    BLOCK = "block"
