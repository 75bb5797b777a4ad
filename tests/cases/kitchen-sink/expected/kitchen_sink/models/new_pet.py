"""Models of Kitchen Sink: NewPet."""

from __future__ import annotations

from pydantic import Field

from .._base_model import BaseModel
from .kind import Kind
from .owner import Owner
from .priority import Priority


class NewPet(BaseModel):
    """The `NewPet` schema.

    Attributes:
        name: The pet's "name" \"\"" with quotes
        from_: A keyword as a field name.
    """

    name: str
    kind: Kind
    priority: Priority | None = None
    owner: Owner | None = None
    from_: str | None = Field(default=None, alias="from")
    class_: str | None = Field(default=None, alias="class")
    field_model_config: str | None = Field(default=None, alias="model_config")
    tags: list[str] | None = None
