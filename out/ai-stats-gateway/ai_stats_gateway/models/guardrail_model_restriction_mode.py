"""Models of Phaseo Gateway API: GuardrailModelRestrictionMode."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GuardrailModelRestrictionMode",
]


class GuardrailModelRestrictionMode(OpenEnum):
    """The `model_restriction_mode` field of `Guardrail`."""

    NONE = "none"
    ALLOWLIST = "allowlist"
    BLOCKLIST = "blocklist"
