"""Models of Schema Features: Pet."""

from __future__ import annotations

from typing import Annotated, Any, TypeAlias

from pydantic import Discriminator, Tag

from .._base_model import tag_of
from .cat import Cat
from .dog import Dog

# Picked by `kind`; `kitty` is mapped, `Dog` is the implicit schema name.
Pet: TypeAlias = Annotated[
    Annotated[Cat, Tag("Cat")] | Annotated[Dog, Tag("Dog")] | Annotated[dict[str, Any], Tag("")],
    Discriminator(tag_of("kind", {"kitty": "Cat", "Dog": "Dog"})),
]
