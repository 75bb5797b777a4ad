"""Models of Kitchen Sink: pydantic v2 classes for every schema in the spec."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from ._base_model import BaseModel, FileInput, OpenEnum, OpenIntEnum

__all__ = [
    "Dog",
    "Entity",
    "Kind",
    "ListPetsFilter",
    "ListPetsResponse200",
    "NewPet",
    "Owner",
    "OwnerAddress",
    "Pet",
    "PetStatus",
    "Priority",
    "Problem",
    "SearchBody",
    "UploadCardBody",
    "UploadCardBodyMeta",
]


class Kind(OpenEnum):
    """The `Kind` schema."""

    DOG = "dog"
    CAT = "cat"
    HAMSTER = "hamster"


class Priority(OpenIntEnum):
    """The `Priority` schema."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3


class PetStatus(OpenEnum):
    """The `status` field of `Pet`."""

    AVAILABLE = "available"
    ADOPTED = "adopted"


class Entity(BaseModel):
    """The `Entity` schema.

    Attributes:
        id: Read-only: set by the server, never sent.
    """

    id: str
    created_at: int | str | None = None


class OwnerAddress(BaseModel):
    """The `address` field of `Owner`."""

    city: str | None = None


class Owner(BaseModel):
    """The `Owner` schema."""

    name: str
    email: str | None = None
    address: OwnerAddress | None = None


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


class Dog(Pet):
    """The `Dog` schema.

    Attributes:
        good_boy: Server default: True.
    """

    good_boy: bool | None = None


class Problem(BaseModel):
    """The `Problem` schema."""

    title: str | None = None
    status: int | None = None
    detail: str | None = None


class ListPetsFilter(BaseModel):
    """The `filter` schema of the `list_pets` operation."""

    name: str | None = None
    min_age: int | None = None


class ListPetsResponse200(BaseModel):
    """The `response_200` schema of the `list_pets` operation."""

    items: list[Pet]
    next: str | None = None


class UploadCardBodyMeta(BaseModel):
    """The `meta` field of `UploadCardBody`."""

    source: str | None = None
    tags: list[str] | None = None


class UploadCardBody(BaseModel):
    """The `body` schema of the `upload_card` operation."""

    file: FileInput
    caption: str | None = None
    photos: list[FileInput] | None = None
    meta: UploadCardBodyMeta | None = None


class SearchBody(BaseModel):
    """The `body` schema of the `search` operation."""

    q: str | None = None
    page: int | None = None
