"""How each operation of Kitchen Sink maps to an HTTP request and its responses.

Shared by `Client` and `AsyncClient`: one function per operation builds its `Endpoint`.
"""

from __future__ import annotations

from typing import IO

from . import models
from ._base_client import Endpoint, ResponseSpec

SECURITY_SCHEMES: dict[str, tuple[str, str, str]] = {
    "ApiKeyHeader": ("api_key", "header", "X-Api-Key"),
}


def list_pets(
    *,
    limit: int | None = None,
    tags: list[str] | None = None,
    kinds: list[models.Kind] | None = None,
    filter: models.ListPetsFilter | None = None,
    x_request_id: str | None = None,
    session: str | None = None,
) -> Endpoint[models.ListPetsResponse200]:
    return Endpoint(
        operation="list_pets",
        method="GET",
        path="/pets",
        query={"limit": limit, "tags": tags, "kinds": kinds, "filter": filter},
        headers={"X-Request-Id": x_request_id},
        cookies={"session": session},
        styles={"tags": ("form", False), "filter": ("deepObject", False)},
        responses={
            "200": ResponseSpec("json", models.ListPetsResponse200),
            "default": ResponseSpec("json", models.Problem),
        },
        security=[["ApiKeyHeader"]],
    )


def create_pet(*, body: models.NewPet) -> Endpoint[models.Pet]:
    return Endpoint(
        operation="create_pet",
        method="POST",
        path="/pets",
        body=body,
        body_kind="json",
        media_type="application/json",
        responses={
            "201": ResponseSpec("json", models.Pet),
            "422": ResponseSpec("json", models.Problem),
        },
        security=[["ApiKeyHeader"]],
    )


def get_pet(pet_id: str) -> Endpoint[models.Pet]:
    return Endpoint(
        operation="get_pet",
        method="GET",
        path="/pets/{pet_id}",
        path_params={"pet_id": pet_id},
        responses={
            "200": ResponseSpec("json", models.Pet),
            "404": ResponseSpec("json", models.Problem),
        },
        security=[["ApiKeyHeader"]],
    )


def delete_pets_pet_id(pet_id: str) -> Endpoint[None]:
    return Endpoint(
        operation="delete_pets_pet_id",
        method="DELETE",
        path="/pets/{pet_id}",
        path_params={"pet_id": pet_id},
        responses={
            "204": ResponseSpec("empty"),
        },
        security=[],
    )


def upload_photo(pet_id: str, *, body: bytes | IO[bytes]) -> Endpoint[bytes]:
    return Endpoint(
        operation="upload_photo",
        method="PUT",
        path="/pets/{pet_id}/photo",
        path_params={"pet_id": pet_id},
        body=body,
        body_kind="binary",
        media_type="image/png",
        responses={
            "200": ResponseSpec("binary"),
        },
        security=[["ApiKeyHeader"]],
    )


def upload_card(pet_id: int, *, body: models.UploadCardBody | None = None) -> Endpoint[None]:
    return Endpoint(
        operation="upload_card",
        method="POST",
        path="/pets/{pet_id}/card",
        path_params={"pet_id": pet_id},
        body=body,
        body_kind="multipart",
        media_type="multipart/form-data",
        responses={
            "204": ResponseSpec("empty"),
        },
        security=[["ApiKeyHeader"]],
    )


def search(*, body: models.SearchBody | None = None) -> Endpoint[str]:
    return Endpoint(
        operation="search",
        method="POST",
        path="/search",
        body=body,
        body_kind="form",
        media_type="application/x-www-form-urlencoded",
        responses={
            "200": ResponseSpec("text"),
        },
        security=[["ApiKeyHeader"]],
    )


def add_note(*, body: str) -> Endpoint[list[str]]:
    return Endpoint(
        operation="add_note",
        method="POST",
        path="/notes",
        body=body,
        body_kind="text",
        media_type="text/plain",
        responses={
            "2XX": ResponseSpec("json", list[str]),
        },
        security=[["ApiKeyHeader"]],
    )
