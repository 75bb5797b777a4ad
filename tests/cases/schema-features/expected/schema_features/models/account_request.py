"""Models of Schema Features: AccountRequest."""

from __future__ import annotations

from typing import Any

from pydantic import model_validator

from .._base_model import BaseModel
from .named import Named
from .profile_request import ProfileRequest


class AccountRequest(BaseModel):
    """`Account` as sent in requests: without read-only fields; write-only fields as declared.

    Sent and received; `AccountRequest` is the shape sent.

    Attributes:
        password: Write-only: sent, never returned.
        profile: Only inside an Account, which is sent and received.
    """

    name: str
    password: str
    profile: ProfileRequest | None = None
    tags: list[Named] | None = None

    @model_validator(mode="before")
    @classmethod
    def _drop_read_only(cls, data: Any) -> Any:
        """Read-only properties are never sent: data that has them leaves them out."""
        if not isinstance(data, dict):
            return data
        return {key: value for key, value in data.items() if key not in ("id", "created")}
