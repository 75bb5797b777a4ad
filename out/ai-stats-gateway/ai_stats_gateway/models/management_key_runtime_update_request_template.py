"""Models of Phaseo Gateway API: ManagementKeyRuntimeUpdateRequestTemplate."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ManagementKeyRuntimeUpdateRequestTemplate",
]


class ManagementKeyRuntimeUpdateRequestTemplate(OpenEnum):
    """The `template` field of `ManagementKeyRuntimeUpdateRequest`."""

    READ_ONLY = "read-only"
    READ_WRITE = "read-write"
    FULL_CONTROL = "full-control"
