"""Models of Phaseo Gateway API: WorkspaceSsoUpdateRequest."""

from __future__ import annotations

from .._base_model import BaseModel
from .workspace_sso_update_request_mode import WorkspaceSsoUpdateRequestMode

__all__ = [
    "WorkspaceSsoUpdateRequest",
]


class WorkspaceSsoUpdateRequest(BaseModel):
    """The `WorkspaceSsoUpdateRequest` schema."""

    enabled: bool
    enforced: bool | None = None
    mode: WorkspaceSsoUpdateRequestMode
    provider_identifier: str | None = None
    domains: list[str] | None = None
