"""How each operation of Schema Features maps to an HTTP request and its responses.

Shared by `Client` and `AsyncClient`: one function per operation builds its `Endpoint`.
"""

from __future__ import annotations

from . import models
from ._base_client import Endpoint, ResponseSpec

SECURITY_SCHEMES: dict[str, tuple[str, str, str]] = {}


def list_pets() -> Endpoint[list[models.Pet]]:
    return Endpoint(
        operation="list_pets",
        method="GET",
        path="/pets",
        responses={
            "200": ResponseSpec("json", list[models.Pet]),
        },
        security=[],
    )
