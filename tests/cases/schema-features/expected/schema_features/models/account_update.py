"""Models of Schema Features: AccountUpdate."""

from __future__ import annotations

from typing import Any

from pydantic import model_validator

from .._base_model import BaseModel
from .profile_request import ProfileRequest


class AccountUpdate(BaseModel):
    """Only sent, so it has one shape; its read-only `etag` is left out.

    Attributes:
        password: Write-only: sent, never returned.
        profile: Only inside an Account, which is sent and received.
    """

    name: str
    password: str
    profile: ProfileRequest | None = None

    @model_validator(mode="before")
    @classmethod
    def _drop_read_only(cls, data: Any) -> Any:
        """Read-only properties are never sent: data that has them leaves them out."""
        if not isinstance(data, dict):
            return data
        return {key: value for key, value in data.items() if key not in ("etag",)}
