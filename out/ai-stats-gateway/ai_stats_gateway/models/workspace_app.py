"""Models of Phaseo Gateway API: WorkspaceApp."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime


class WorkspaceApp(BaseModel):
    """The `WorkspaceApp` schema."""

    id: str
    title: str
    app_key: str
    category: str | None
    docs_url: str | None
    url: str | None
    image_url: str | None
    is_public: bool
    is_active: bool
    is_managed: bool
    last_seen: DateTime | None
    created_at: DateTime | None
