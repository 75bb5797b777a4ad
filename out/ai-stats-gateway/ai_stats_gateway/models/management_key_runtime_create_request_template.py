"""Models of Phaseo Gateway API: ManagementKeyRuntimeCreateRequestTemplate."""

from __future__ import annotations

from .._base_model import OpenEnum

__all__ = [
    "ManagementKeyRuntimeCreateRequestTemplate",
]


class ManagementKeyRuntimeCreateRequestTemplate(OpenEnum):
    """The `template` field of `ManagementKeyRuntimeCreateRequest`."""

    READ_ONLY = "read-only"
    READ_WRITE = "read-write"
    FULL_CONTROL = "full-control"
