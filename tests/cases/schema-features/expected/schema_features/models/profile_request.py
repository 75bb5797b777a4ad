"""Models of Schema Features: ProfileRequest."""

from __future__ import annotations

from typing import Any

from pydantic import model_validator

from .._base_model import BaseModel


class ProfileRequest(BaseModel):
    """`Profile` as sent in requests: without read-only fields; write-only fields as declared.

    Only inside an Account, which is sent and received.
    """

    nickname: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _drop_read_only(cls, data: Any) -> Any:
        """Read-only properties are never sent: data that has them leaves them out."""
        if not isinstance(data, dict):
            return data
        return {key: value for key, value in data.items() if key not in ("verified",)}
