"""Models of Phaseo Gateway API: WorkspaceUpdateRequest."""

from __future__ import annotations

from .._base_model import BaseModel


class WorkspaceUpdateRequest(BaseModel):
    """The `WorkspaceUpdateRequest` schema."""

    name: str | None = None
    slug: str | None = None
