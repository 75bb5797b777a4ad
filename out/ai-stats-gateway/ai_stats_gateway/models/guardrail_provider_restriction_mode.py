"""Models of Phaseo Gateway API: GuardrailProviderRestrictionMode."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GuardrailProviderRestrictionMode",
]


class GuardrailProviderRestrictionMode(OpenEnum):
    """The `provider_restriction_mode` field of `Guardrail`."""

    NONE = "none"
    ALLOWLIST = "allowlist"
    BLOCKLIST = "blocklist"
