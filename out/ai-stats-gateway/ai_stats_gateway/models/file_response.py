"""Models of Phaseo Gateway API: FileResponse."""

from __future__ import annotations

from typing import Any

from .._base_model import BaseModel


class FileResponse(BaseModel):
    """The `FileResponse` schema."""

    id: str | None = None
    object: str | None = None
    bytes: int | None = None
    created_at: int | None = None
    filename: str | None = None
    purpose: str | None = None
    status: str | None = None
    status_details: dict[str, Any] | None = None
