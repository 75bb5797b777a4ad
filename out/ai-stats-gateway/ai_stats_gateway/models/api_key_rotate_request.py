"""Models of Phaseo Gateway API: ApiKeyRotateRequest."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime


class ApiKeyRotateRequest(BaseModel):
    """The `ApiKeyRotateRequest` schema.

    Attributes:
        name: Optional replacement key name.
        previous_key_expires_at: Optional expiry for the previous key. Omit to leave it unchanged.
    """

    name: str | None = None
    previous_key_expires_at: DateTime | None = None
