"""Models of Phaseo Gateway API: GuardrailPolicyInputModelRestrictionMode."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GuardrailPolicyInputModelRestrictionMode",
]


class GuardrailPolicyInputModelRestrictionMode(OpenEnum):
    """The `modelRestrictionMode` field of `GuardrailPolicyInput`."""

    NONE = "none"
    ALLOWLIST = "allowlist"
    BLOCKLIST = "blocklist"
