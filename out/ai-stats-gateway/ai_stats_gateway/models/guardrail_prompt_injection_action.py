"""Models of Phaseo Gateway API: GuardrailPromptInjectionAction."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GuardrailPromptInjectionAction",
]


class GuardrailPromptInjectionAction(OpenEnum):
    """The `prompt_injection_action` field of `Guardrail`."""

    FLAG = "flag"
    BLOCK = "block"
