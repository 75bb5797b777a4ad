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


def create_account(*, body: models.AccountRequest) -> Endpoint[models.Account]:
    return Endpoint(
        operation="create_account",
        method="POST",
        path="/accounts",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.Account),
        },
        security=[],
    )


def replace_account(id: str, *, body: models.AccountUpdate) -> Endpoint[models.Account]:
    return Endpoint(
        operation="replace_account",
        method="PUT",
        path="/accounts/{id}",
        path_params={"id": id},
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "200": ResponseSpec("json", models.Account),
        },
        security=[],
    )
