"""Models of Phaseo Gateway API: GuardrailPolicyInputPromptInjectionAction."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GuardrailPolicyInputPromptInjectionAction",
]


class GuardrailPolicyInputPromptInjectionAction(OpenEnum):
    """The `promptInjectionAction` field of `GuardrailPolicyInput`."""

    FLAG = "flag"
    BLOCK = "block"
