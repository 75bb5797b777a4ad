"""Models of Phaseo Gateway API: WorkspaceAppUpdateRequest."""

from __future__ import annotations

from .._base_model import BaseModel


class WorkspaceAppUpdateRequest(BaseModel):
    """The `WorkspaceAppUpdateRequest` schema."""

    title: str | None = None
    url: str | None = None
    docs_url: str | None = None
    image_url: str | None = None
    is_public: bool | None = None
    is_active: bool | None = None
    category: str | None = None
