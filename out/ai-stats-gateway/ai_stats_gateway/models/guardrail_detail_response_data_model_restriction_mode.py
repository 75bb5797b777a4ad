"""Models of Phaseo Gateway API: GuardrailDetailResponseDataModelRestrictionMode."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "GuardrailDetailResponseDataModelRestrictionMode",
]


class GuardrailDetailResponseDataModelRestrictionMode(OpenEnum):
    """The `model_restriction_mode` field of `GuardrailDetailResponseData`."""

    NONE = "none"
    ALLOWLIST = "allowlist"
    BLOCKLIST = "blocklist"
