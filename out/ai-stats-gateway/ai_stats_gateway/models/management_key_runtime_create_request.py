"""Models of Phaseo Gateway API: ManagementKeyRuntimeCreateRequest, ManagementKeyRuntimeCreateRequestTemplate."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime, OpenEnum


class ManagementKeyRuntimeCreateRequestTemplate(OpenEnum):
    """The `template` field of `ManagementKeyRuntimeCreateRequest`."""

    READ_ONLY = "read-only"
    READ_WRITE = "read-write"
    FULL_CONTROL = "full-control"


class ManagementKeyRuntimeCreateRequest(BaseModel):
    """Provide exactly one of `template` or `scopes`."""

    name: str
    template: ManagementKeyRuntimeCreateRequestTemplate | None = None
    scopes: str | list[str] | None = None
    expires_at: DateTime | None = None
    paused: bool | None = None
