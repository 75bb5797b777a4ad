"""Models of Schema Features: Account."""

from __future__ import annotations

from .._base_model import BaseModel, DateTime
from .named import Named
from .profile import Profile


class Account(BaseModel):
    """Sent and received; `AccountRequest` is the shape sent.

    Attributes:
        id: Read-only: set by the server, never sent.
        password: Write-only: sent, never returned.
        created: Read-only: set by the server, never sent.
        profile: Only inside an Account, which is sent and received.
    """

    id: str
    name: str
    password: str | None = None
    created: DateTime | None = None
    profile: Profile | None = None
    tags: list[Named] | None = None
