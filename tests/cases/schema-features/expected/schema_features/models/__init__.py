"""Models of Schema Features: pydantic v2 classes for every schema in the spec.

Each lives in a module of this package that is imported on first use: `models.Pet` (or
`from schema_features.models import Pet`) imports the module defining `Pet` and those it
refers to, not the others.
"""

from __future__ import annotations

from importlib import import_module as _import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._base_model import BaseModel as BaseModel
    from .account import Account as Account
    from .account_request import AccountRequest as AccountRequest
    from .account_update import AccountUpdate as AccountUpdate
    from .adoption import (
        Adoption as Adoption,
        AdoptionClosed as AdoptionClosed,
        AdoptionColour as AdoptionColour,
        AdoptionLabels as AdoptionLabels,
        AdoptionLevel as AdoptionLevel,
    )
    from .cat import Cat as Cat
    from .dog import Dog as Dog
    from .named import Named as Named
    from .overlap import Overlap as Overlap
    from .pet import Pet as Pet
    from .profile import Profile as Profile
    from .profile_request import ProfileRequest as ProfileRequest
    from .stricter import Stricter as Stricter

# Where each name is defined, one "name module" pair a line: the module of this package to
# import on first use. (Text rather than a dict display: formatting thousands of entries took
# black longer than any other part of this file.)
_INDEX = """
Account account
AccountRequest account_request
AccountUpdate account_update
Adoption adoption
AdoptionClosed adoption
AdoptionColour adoption
AdoptionLabels adoption
AdoptionLevel adoption
Cat cat
Dog dog
Named named
Overlap overlap
Pet pet
Profile profile
ProfileRequest profile_request
Stricter stricter
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
