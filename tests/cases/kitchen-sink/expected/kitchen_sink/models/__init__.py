"""Models of Kitchen Sink: pydantic v2 classes for every schema in the spec.

Each lives in a module of this package that is imported on first use: `models.Pet` (or
`from kitchen_sink.models import Pet`) imports the module defining `Pet` and those it
refers to, not the others.
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._base_model import BaseModel as BaseModel
    from .dog import Dog as Dog
    from .entity import Entity as Entity
    from .kind import Kind as Kind
    from .list_pets_filter import ListPetsFilter as ListPetsFilter
    from .list_pets_response200 import ListPetsResponse200 as ListPetsResponse200
    from .new_pet import NewPet as NewPet
    from .owner import Owner as Owner, OwnerAddress as OwnerAddress
    from .pet import Pet as Pet, PetStatus as PetStatus
    from .priority import Priority as Priority
    from .problem import Problem as Problem
    from .search_body import SearchBody as SearchBody
    from .upload_card_body import (
        UploadCardBody as UploadCardBody,
        UploadCardBodyMeta as UploadCardBodyMeta,
    )

# Where each name is defined, one "name module" pair a line: the module of this package to
# import on first use. (Text rather than a dict display: formatting thousands of entries took
# black longer than any other part of this file.)
_INDEX = """
Dog dog
Entity entity
Kind kind
ListPetsFilter list_pets_filter
ListPetsResponse200 list_pets_response200
NewPet new_pet
Owner owner
OwnerAddress owner
Pet pet
PetStatus pet
Priority priority
Problem problem
SearchBody search_body
UploadCardBody upload_card_body
UploadCardBodyMeta upload_card_body
"""
_MODULES: dict[str, str] = {
    name: module for name, module in (line.split() for line in _INDEX.split("\n") if line)
}

# Only at run time: type checkers see the names imported above (`X as X`: re-exported), not a
# catch-all attribute.
if not TYPE_CHECKING:
    __all__ = list(_MODULES)

    def __getattr__(name: str) -> Any:
        if name in _MODULES:
            module = _import_module(f".{_MODULES[name]}", __name__)
        elif name == "BaseModel":  # the base of every model, which brings pydantic
            module = _import_module(".._base_model", __name__)
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(module, name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
