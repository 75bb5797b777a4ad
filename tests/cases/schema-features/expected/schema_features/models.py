"""Models of Schema Features: pydantic v2 classes for every schema in the spec."""

from __future__ import annotations

from typing import Annotated, Any, Literal, TypeAlias

from pydantic import Discriminator, Strict, Tag, model_validator

from ._base_model import BaseModel, Date, DateTime, OpenEnum, OpenIntEnum, tag_of

__all__ = [
    "Account",
    "AccountRequest",
    "AccountUpdate",
    "Adoption",
    "AdoptionClosed",
    "AdoptionColour",
    "AdoptionLabels",
    "AdoptionLevel",
    "Cat",
    "Dog",
    "Named",
    "Overlap",
    "Pet",
    "Profile",
    "ProfileRequest",
    "Stricter",
]


class AdoptionLevel(OpenIntEnum):
    """The `level` field of `Adoption`."""

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3


class AdoptionColour(OpenEnum):
    """The `colour` field of `Adoption`."""

    RED = "red"
    RED_UPPER = "Red"
    NONE = ""
    TWO_X = "2x"


class Cat(BaseModel):
    """The `Cat` schema."""

    kind: str
    indoor: bool | None = None


class Dog(BaseModel):
    """The `Dog` schema.

    Attributes:
        good: Server default: True.
    """

    kind: str
    good: bool | None = None


class Named(BaseModel):
    """The `Named` schema."""

    id: int
    amount: int | float | None = None


class Stricter(BaseModel):
    """Both parents declare `id` and `amount`; the merge keeps the stricter types."""

    id: int
    amount: int | float | None = None


class Profile(BaseModel):
    """Only inside an Account, which is sent and received.

    Attributes:
        verified: Read-only: set by the server, never sent.
    """

    nickname: str | None = None
    verified: bool | None = None


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
        return {
            key: value
            for key, value in data.items()
            if key
            not in (
                "id",
                "created",
            )
        }


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


class AdoptionClosed(BaseModel):
    """The `closed` field of `Adoption`."""

    a: str | None = None


class AdoptionLabels(BaseModel):
    """The `labels` field of `Adoption`."""

    name: str | None = None


class Adoption(BaseModel):
    """The `Adoption` schema.

    Attributes:
        pet: Picked by `kind`; `kitty` is mapped, `Dog` is the implicit schema name.
        note: Deprecated.
        point: `items: false`: exactly these two items, a tuple.
        labelled: More items may follow the prefix: a list of any of the types.
    """

    pet: Pet
    at: DateTime
    on: Date | None = None
    id: str | None = None
    blob: str | None = None
    note: str | None = None
    level: AdoptionLevel | None = None
    flags: bool | None = None
    mixed: str | int | bool | None = None
    version: Literal[2] | None = None
    nothing: None = None
    colour: AdoptionColour | None = None
    tags: dict[str, str] | None = None
    extra: dict[str, Any] | None = None
    closed: AdoptionClosed | None = None
    pair: list[Any] | None = None
    point: Annotated[tuple[int | float, int | float], Strict(False)] | None = None
    route: list[Annotated[tuple[str, Named], Strict(False)]] | None = None
    labelled: list[str | int] | None = None
    headers: dict[str, str] | None = None
    counts: dict[str, int | bool] | None = None
    labels: AdoptionLabels | None = None
    children: list[Adoption] | None = None
    either: str | None = None


# Picked by `kind`; `kitty` is mapped, `Dog` is the implicit schema name.
Pet: TypeAlias = Annotated[
    Annotated[Cat, Tag("Cat")] | Annotated[Dog, Tag("Dog")] | Annotated[dict[str, Any], Tag("")],
    Discriminator(tag_of("kind", {"kitty": "Cat", "Dog": "Dog"})),
]
# No discriminator; both members accept {"kind": "x"}.
Overlap: TypeAlias = Dog | Cat
