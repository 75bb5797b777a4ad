"""Models of Kitchen Sink: Pet, PetStatus."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from .._base_model import BaseModel, OpenEnum
from .kind import Kind
from .owner import Owner
from .priority import Priority


class PetStatus(OpenEnum):
    """The `status` field of `Pet`."""

    AVAILABLE = "available"
    ADOPTED = "adopted"


class Pet(BaseModel):
    """A pet with its server-assigned identity.

    Attributes:
        id: Read-only: set by the server, never sent.
        name: The pet's "name" \"\"" with quotes
        from_: A keyword as a field name.
    """

    id: str
    created_at: int | str | None = None
    name: str
    kind: Kind
    priority: Priority | None = None
    owner: Owner | None = None
    from_: str | None = Field(default=None, alias="from")
    class_: str | None = Field(default=None, alias="class")
    field_model_config: str | None = Field(default=None, alias="model_config")
    tags: list[str] | None = None
    status: PetStatus | None = None
    friends: list[Pet] | None = None
    attributes: dict[str, int] | None = None
    extra: dict[str, Any] | None = None
