"""Clients for Kitchen Sink: one method per operation, sync (`Client`) and async (`AsyncClient`).

The operations are written out once, on `Client`; `AsyncClient` runs the same methods, awaited.
"""

from __future__ import annotations

from typing import IO

from . import _endpoints, models
from ._base_client import (
    AsyncClientBase,
    AsyncMethod,
    AsyncRawResponseMethod,
    AsyncStreamMethod,
    RawResponseMethod,
    RequestOptions,
    SyncClientBase,
)
from ._pagination import (
    AsyncPagerMethod,
    AsyncPaginatorsBase,
    PageRule,
    SyncPager,
    SyncPaginatorsBase,
)
from ._streaming import StreamedResponse

__all__ = [
    "AsyncClient",
    "AsyncPaginators",
    "AsyncRawResponses",
    "AsyncStreamingResponses",
    "Client",
    "Paginators",
    "RawResponses",
    "StreamingResponses",
]

_PAGES_LIST_PETS = PageRule("next", "items", None, "next", None, "limit")


class Paginators(SyncPaginatorsBase):
    """Operations that page, returning a lazy iterator over every item (`pages()` for the pages)."""

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
    ) -> SyncPager[models.Pet]:
        """List pets"""
        return self._pager(
            _endpoints.list_pets(
                limit=limit,
                tags=tags,
                kinds=kinds,
                filter=filter,
                x_request_id=x_request_id,
                session=session,
            ),
            _PAGES_LIST_PETS,
            options,
        )


class StreamingResponses:
    """Operations with binary or event-stream bodies, returning the response unread."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def upload_photo(
        self, pet_id: str, *, body: bytes | IO[bytes], options: RequestOptions | None = None
    ) -> StreamedResponse:
        """PUT /pets/{pet_id}/photo"""
        return self._client._open_stream(
            _endpoints.upload_photo(pet_id, body=body), options, "image/png"
        )

    def search(
        self, *, body: models.SearchBody | None = None, options: RequestOptions | None = None
    ) -> StreamedResponse:
        """POST /search"""
        return self._client._open_stream(_endpoints.search(body=body), options, "text/plain")


class Client(SyncClientBase):
    """Synchronous client for Kitchen Sink.

    Args:
        api_key: The credential; defaults to the `KITCHEN_SINK_API_KEY` environment variable.
        base_url: Defaults to `KITCHEN_SINK_BASE_URL`, else the spec's first server.
        timeout: Seconds, or an `httpx.Timeout`, for every request (per call: `options`).
        http_client: An `httpx.Client` to send with, for
            proxies, transports or shared pools; it is then yours to close.
        default_headers: Headers sent with every request.
        max_retries: Retries of a failed request (connection errors, timeouts, 408, 409, 429, 5xx).
        idempotency_header: The header carrying `options={"idempotency_key": ...}`.
        max_response_bytes: Larger response bodies raise `ResponseTooLargeError` unread.
        verify: TLS certificate verification of the client created here; on unless set to False.
        sleep: How to wait between retries and polls (for tests); defaults to `time.sleep`.
        clock: A monotonic clock in seconds (for tests); defaults to `time.monotonic`.
        validate_responses: Check every JSON response body against the spec's types (the
            default). False builds the same models without checking value types, with less
            work; see `from_dict_unvalidated` on the models for what is not checked.
    """

    _security_schemes = _endpoints.SECURITY_SCHEMES

    @property
    def with_raw_response(self) -> RawResponses:
        """The operations returning the raw response; `.parse()` gives the model without a second request."""
        return RawResponses(self)

    @property
    def paginate(self) -> Paginators:
        """The operations that page, iterating over every item and fetching pages as needed."""
        return Paginators(self)

    @property
    def with_streaming_response(self) -> StreamingResponses:
        """The operations with streamable bodies, returning them unread (use `with`)."""
        return StreamingResponses(self)

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


class RawResponses:
    """Every operation, returning the `ApiResponse` (status, headers, body; `.parse()` decodes it)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    list_pets = RawResponseMethod(Client.list_pets)
    create_pet = RawResponseMethod(Client.create_pet)
    get_pet = RawResponseMethod(Client.get_pet)
    delete_pets_pet_id = RawResponseMethod(Client.delete_pets_pet_id)
    upload_photo = RawResponseMethod(Client.upload_photo)
    upload_card = RawResponseMethod(Client.upload_card)
    search = RawResponseMethod(Client.search)
    add_note = RawResponseMethod(Client.add_note)


class AsyncPaginators(AsyncPaginatorsBase):
    """The methods of `Paginators`, giving an `AsyncPager` (iterate with `async for`)."""

    list_pets = AsyncPagerMethod(Paginators.list_pets)


class AsyncStreamingResponses:
    """The methods of `StreamingResponses`, awaited, giving an `AsyncStreamedResponse`."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    upload_photo = AsyncStreamMethod(StreamingResponses.upload_photo)
    search = AsyncStreamMethod(StreamingResponses.search)


class AsyncClient(AsyncClientBase):
    """Asynchronous client for Kitchen Sink: `Client`'s operations, awaited.

    Every operation is the `Client` method of the same name, run on this client and awaited:
    same parameters, defaults and documentation, and `await client.op(...)` returns what
    `Client.op(...)` returns. `paginate`, `with_raw_response` and `with_streaming_response`
    likewise reuse the methods of `Client`'s namespaces.

    Args:
        api_key: The credential; defaults to the `KITCHEN_SINK_API_KEY` environment variable.
        base_url: Defaults to `KITCHEN_SINK_BASE_URL`, else the spec's first server.
        timeout: Seconds, or an `httpx.Timeout`, for every request (per call: `options`).
        http_client: An `httpx.AsyncClient` to send with, for
            proxies, transports or shared pools; it is then yours to close.
        default_headers: Headers sent with every request.
        max_retries: Retries of a failed request (connection errors, timeouts, 408, 409, 429, 5xx).
        idempotency_header: The header carrying `options={"idempotency_key": ...}`.
        max_response_bytes: Larger response bodies raise `ResponseTooLargeError` unread.
        verify: TLS certificate verification of the client created here; on unless set to False.
        sleep: How to wait between retries and polls (for tests); defaults to `asyncio.sleep`.
        clock: A monotonic clock in seconds (for tests); defaults to `time.monotonic`.
        validate_responses: Check every JSON response body against the spec's types (the
            default). False builds the same models without checking value types, with less
            work; see `from_dict_unvalidated` on the models for what is not checked.
    """

    _security_schemes = _endpoints.SECURITY_SCHEMES

    @property
    def with_raw_response(self) -> AsyncRawResponses:
        """The operations returning the raw response; `.parse()` gives the model without a second request."""
        return AsyncRawResponses(self)

    @property
    def paginate(self) -> AsyncPaginators:
        """The operations that page, iterating over every item and fetching pages as needed."""
        return AsyncPaginators(self)

    @property
    def with_streaming_response(self) -> AsyncStreamingResponses:
        """The operations with streamable bodies, returning them unread (use `with`)."""
        return AsyncStreamingResponses(self)

    list_pets = AsyncMethod(Client.list_pets)
    create_pet = AsyncMethod(Client.create_pet)
    get_pet = AsyncMethod(Client.get_pet)
    delete_pets_pet_id = AsyncMethod(Client.delete_pets_pet_id)
    upload_photo = AsyncMethod(Client.upload_photo)
    upload_card = AsyncMethod(Client.upload_card)
    search = AsyncMethod(Client.search)
    add_note = AsyncMethod(Client.add_note)


class AsyncRawResponses:
    """Every operation, returning the `ApiResponse` (status, headers, body; `.parse()` decodes it)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    list_pets = AsyncRawResponseMethod(Client.list_pets)
    create_pet = AsyncRawResponseMethod(Client.create_pet)
    get_pet = AsyncRawResponseMethod(Client.get_pet)
    delete_pets_pet_id = AsyncRawResponseMethod(Client.delete_pets_pet_id)
    upload_photo = AsyncRawResponseMethod(Client.upload_photo)
    upload_card = AsyncRawResponseMethod(Client.upload_card)
    search = AsyncRawResponseMethod(Client.search)
    add_note = AsyncRawResponseMethod(Client.add_note)
