"""Models of Phaseo Gateway API: GuardrailPolicyInputProviderRestrictionMode."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GuardrailPolicyInputProviderRestrictionMode",
]


class GuardrailPolicyInputProviderRestrictionMode(OpenEnum):
    """The `providerRestrictionMode` field of `GuardrailPolicyInput`."""

    NONE = "none"
    ALLOWLIST = "allowlist"
    BLOCKLIST = "blocklist"
