"""Models of Phaseo Gateway API: WorkspaceCreateRequest."""

from __future__ import annotations

from .._base_model import BaseModel


class WorkspaceCreateRequest(BaseModel):
    """The `WorkspaceCreateRequest` schema."""

    name: str
    slug: str | None = None
