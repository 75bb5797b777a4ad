"""Clients for Schema Features: one method per operation, sync (`Client`) and async (`AsyncClient`).

The operations are written out once, on `Client`; `AsyncClient` runs the same methods, awaited.
"""

from __future__ import annotations

from . import _endpoints, models
from ._base_client import (
    AsyncClientBase,
    AsyncMethod,
    AsyncRawResponseMethod,
    RawResponseMethod,
    RequestOptions,
    SyncClientBase,
)
from ._pagination import AsyncPaginatorsBase, SyncPaginatorsBase

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


class Paginators(SyncPaginatorsBase):
    """Operations that page, returning a lazy iterator over every item (`pages()` for the pages)."""


class StreamingResponses:
    """Operations with binary or event-stream bodies, returning the response unread."""

    def __init__(self, client: Client) -> None:
        self._client = client


class Client(SyncClientBase):
    """Synchronous client for Schema Features.

    Args:
        api_key: The credential; defaults to the `SCHEMA_FEATURES_API_KEY` environment variable.
        base_url: Defaults to `SCHEMA_FEATURES_BASE_URL`, else the spec's first server.
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

    def list_pets(self, *, options: RequestOptions | None = None) -> list[models.Pet]:
        """GET /pets"""
        return self._send(_endpoints.list_pets(), options)

    def create_account(
        self, *, body: models.AccountRequest, options: RequestOptions | None = None
    ) -> models.Account:
        """POST /accounts"""
        return self._send(_endpoints.create_account(body=body), options)

    def replace_account(
        self, id: str, *, body: models.AccountUpdate, options: RequestOptions | None = None
    ) -> models.Account:
        """PUT /accounts/{id}"""
        return self._send(_endpoints.replace_account(id, body=body), options)


class RawResponses:
    """Every operation, returning the `ApiResponse` (status, headers, body; `.parse()` decodes it)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    list_pets = RawResponseMethod(Client.list_pets)
    create_account = RawResponseMethod(Client.create_account)
    replace_account = RawResponseMethod(Client.replace_account)


class AsyncPaginators(AsyncPaginatorsBase):
    """The methods of `Paginators`, giving an `AsyncPager` (iterate with `async for`)."""


class AsyncStreamingResponses:
    """The methods of `StreamingResponses`, awaited, giving an `AsyncStreamedResponse`."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client


class AsyncClient(AsyncClientBase):
    """Asynchronous client for Schema Features: `Client`'s operations, awaited.

    Every operation is the `Client` method of the same name, run on this client and awaited:
    same parameters, defaults and documentation, and `await client.op(...)` returns what
    `Client.op(...)` returns. `paginate`, `with_raw_response` and `with_streaming_response`
    likewise reuse the methods of `Client`'s namespaces.

    Args:
        api_key: The credential; defaults to the `SCHEMA_FEATURES_API_KEY` environment variable.
        base_url: Defaults to `SCHEMA_FEATURES_BASE_URL`, else the spec's first server.
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
    create_account = AsyncMethod(Client.create_account)
    replace_account = AsyncMethod(Client.replace_account)


class AsyncRawResponses:
    """Every operation, returning the `ApiResponse` (status, headers, body; `.parse()` decodes it)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    list_pets = AsyncRawResponseMethod(Client.list_pets)
    create_account = AsyncRawResponseMethod(Client.create_account)
    replace_account = AsyncRawResponseMethod(Client.replace_account)
