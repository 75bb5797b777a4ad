"""Models of Schema Features: Profile."""

from __future__ import annotations

from .._base_model import BaseModel


class Profile(BaseModel):
    """Only inside an Account, which is sent and received.

    Attributes:
        verified: Read-only: set by the server, never sent.
    """

    nickname: str | None = None
    verified: bool | None = None
