"""Models of Phaseo Gateway API: GuardrailDetailResponseDataPromptInjectionAction."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GuardrailDetailResponseDataPromptInjectionAction",
]


class GuardrailDetailResponseDataPromptInjectionAction(OpenEnum):
    """The `prompt_injection_action` field of `GuardrailDetailResponseData`."""

    FLAG = "flag"
    BLOCK = "block"
