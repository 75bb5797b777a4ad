"""Models of Phaseo Gateway API: ProviderOptionsOpenaiContextManagementType."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ProviderOptionsOpenaiContextManagementType",
]


class ProviderOptionsOpenaiContextManagementType(OpenEnum):
    """The `type` field of `ProviderOptionsOpenaiContextManagement`."""

    COMPACTION = "compaction"
