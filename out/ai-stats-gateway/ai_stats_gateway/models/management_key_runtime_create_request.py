"""Models of Phaseo Gateway API: ManagementKeyRuntimeCreateRequest."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime
from .management_key_runtime_create_request_template import (
    ManagementKeyRuntimeCreateRequestTemplate,
)

__all__ = [
    "ManagementKeyRuntimeCreateRequest",
]


class ManagementKeyRuntimeCreateRequest(BaseModel):
    """Provide exactly one of `template` or `scopes`."""

    name: str
    template: ManagementKeyRuntimeCreateRequestTemplate | None = None
    scopes: str | list[str] | None = None
    expires_at: DateTime | None = None
    paused: bool | None = None
