"""Models of Phaseo Gateway API: GuardrailDetailResponseDataProviderRestrictionMode."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GuardrailDetailResponseDataProviderRestrictionMode",
]


class GuardrailDetailResponseDataProviderRestrictionMode(OpenEnum):
    """The `provider_restriction_mode` field of `GuardrailDetailResponseData`."""

    NONE = "none"
    ALLOWLIST = "allowlist"
    BLOCKLIST = "blocklist"
