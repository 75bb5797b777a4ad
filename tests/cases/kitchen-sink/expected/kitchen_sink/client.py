"""Clients for Kitchen Sink: one method per operation, sync (`Client`) and async (`AsyncClient`)."""

from __future__ import annotations

from typing import IO

from . import _endpoints, models
from ._base_client import AsyncClientBase, RequestOptions, SyncClientBase

__all__ = ["AsyncClient", "Client"]


class Client(SyncClientBase):
    """Synchronous client for Kitchen Sink.

    Args:
        api_key: The credential; defaults to the `KITCHEN_SINK_API_KEY` environment variable.
        base_url: Defaults to `KITCHEN_SINK_BASE_URL`, else the spec's first server.
        timeout: Seconds, or an `httpx.Timeout`, for every request (per call: `options`).
        http_client: An `httpx.Client` to send with, for
            proxies, transports or shared pools; it is then yours to close.
    """

    _security_schemes = _endpoints.SECURITY_SCHEMES

    def list_pets(
        self,
        *,
        limit: int | None = None,
        tags: list[str] | None = None,
        kinds: list[models.Kind] | None = None,
        filter: models.ListPetsFilter | None = None,
        x_request_id: str | None = None,
        session: str | None = None,
        options: RequestOptions | None = None,
    ) -> models.ListPetsResponse200:
        """List pets"""
        return self._send(
            _endpoints.list_pets(
                limit=limit,
                tags=tags,
                kinds=kinds,
                filter=filter,
                x_request_id=x_request_id,
                session=session,
            ),
            options,
        )

    def create_pet(
        self, *, body: models.NewPet, options: RequestOptions | None = None
    ) -> models.Pet:
        """Create a pet"""
        return self._send(_endpoints.create_pet(body=body), options)

    def get_pet(self, pet_id: str, *, options: RequestOptions | None = None) -> models.Pet:
        """GET /pets/{pet_id}"""
        return self._send(_endpoints.get_pet(pet_id), options)

    def delete_pets_pet_id(self, pet_id: str, *, options: RequestOptions | None = None) -> None:
        """DELETE /pets/{pet_id}"""
        return self._send(_endpoints.delete_pets_pet_id(pet_id), options)

    def upload_photo(
        self, pet_id: str, *, body: bytes | IO[bytes], options: RequestOptions | None = None
    ) -> bytes:
        """PUT /pets/{pet_id}/photo"""
        return self._send(_endpoints.upload_photo(pet_id, body=body), options)

    def upload_card(
        self,
        pet_id: int,
        *,
        body: models.UploadCardBody | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """POST /pets/{pet_id}/card"""
        return self._send(_endpoints.upload_card(pet_id, body=body), options)

    def search(
        self, *, body: models.SearchBody | None = None, options: RequestOptions | None = None
    ) -> str:
        """POST /search"""
        return self._send(_endpoints.search(body=body), options)

    def add_note(self, *, body: str, options: RequestOptions | None = None) -> list[str]:
        """POST /notes"""
        return self._send(_endpoints.add_note(body=body), options)


class AsyncClient(AsyncClientBase):
    """Asynchronous client for Kitchen Sink.

    Args:
        api_key: The credential; defaults to the `KITCHEN_SINK_API_KEY` environment variable.
        base_url: Defaults to `KITCHEN_SINK_BASE_URL`, else the spec's first server.
        timeout: Seconds, or an `httpx.Timeout`, for every request (per call: `options`).
        http_client: An `httpx.AsyncClient` to send with, for
            proxies, transports or shared pools; it is then yours to close.
    """

    _security_schemes = _endpoints.SECURITY_SCHEMES

    async def list_pets(
        self,
        *,
        limit: int | None = None,
        tags: list[str] | None = None,
        kinds: list[models.Kind] | None = None,
        filter: models.ListPetsFilter | None = None,
        x_request_id: str | None = None,
        session: str | None = None,
        options: RequestOptions | None = None,
    ) -> models.ListPetsResponse200:
        """List pets"""
        return await self._send(
            _endpoints.list_pets(
                limit=limit,
                tags=tags,
                kinds=kinds,
                filter=filter,
                x_request_id=x_request_id,
                session=session,
            ),
            options,
        )

    async def create_pet(
        self, *, body: models.NewPet, options: RequestOptions | None = None
    ) -> models.Pet:
        """Create a pet"""
        return await self._send(_endpoints.create_pet(body=body), options)

    async def get_pet(self, pet_id: str, *, options: RequestOptions | None = None) -> models.Pet:
        """GET /pets/{pet_id}"""
        return await self._send(_endpoints.get_pet(pet_id), options)

    async def delete_pets_pet_id(
        self, pet_id: str, *, options: RequestOptions | None = None
    ) -> None:
        """DELETE /pets/{pet_id}"""
        return await self._send(_endpoints.delete_pets_pet_id(pet_id), options)

    async def upload_photo(
        self, pet_id: str, *, body: bytes | IO[bytes], options: RequestOptions | None = None
    ) -> bytes:
        """PUT /pets/{pet_id}/photo"""
        return await self._send(_endpoints.upload_photo(pet_id, body=body), options)

    async def upload_card(
        self,
        pet_id: int,
        *,
        body: models.UploadCardBody | None = None,
        options: RequestOptions | None = None,
    ) -> None:
        """POST /pets/{pet_id}/card"""
        return await self._send(_endpoints.upload_card(pet_id, body=body), options)

    async def search(
        self, *, body: models.SearchBody | None = None, options: RequestOptions | None = None
    ) -> str:
        """POST /search"""
        return await self._send(_endpoints.search(body=body), options)

    async def add_note(self, *, body: str, options: RequestOptions | None = None) -> list[str]:
        """POST /notes"""
        return await self._send(_endpoints.add_note(body=body), options)
