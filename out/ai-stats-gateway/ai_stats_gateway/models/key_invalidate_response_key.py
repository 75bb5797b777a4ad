"""Models of Phaseo Gateway API: KeyInvalidateResponseKey."""

from __future__ import annotations

from .._base_model import BaseModel

__all__ = [
    "KeyInvalidateResponseKey",
]


class KeyInvalidateResponseKey(BaseModel):
    """The `key` field of `KeyInvalidateResponse`."""

    id: str
    kid: str | None = None
    workspace_id: str
    status: str | None = None
