"""Models of Phaseo Gateway API: KeyInvalidateResponse, KeyInvalidateResponseKey."""

from __future__ import annotations

from .._base_model import BaseModel


class KeyInvalidateResponseKey(BaseModel):
    """The `key` field of `KeyInvalidateResponse`."""

    id: str
    kid: str | None = None
    workspace_id: str
    status: str | None = None


class KeyInvalidateResponse(BaseModel):
    """The `KeyInvalidateResponse` schema."""

    ok: bool
    key: KeyInvalidateResponseKey
    message: str
