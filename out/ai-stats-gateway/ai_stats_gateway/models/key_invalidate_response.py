"""Models of Phaseo Gateway API: KeyInvalidateResponse."""

from __future__ import annotations

from .._base_model import BaseModel
from .key_invalidate_response_key import KeyInvalidateResponseKey

__all__ = [
    "KeyInvalidateResponse",
]


class KeyInvalidateResponse(BaseModel):
    """The `KeyInvalidateResponse` schema."""

    ok: bool
    key: KeyInvalidateResponseKey
    message: str
