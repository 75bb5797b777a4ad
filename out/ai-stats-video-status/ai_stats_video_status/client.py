"""Clients for AI Stats Gateway API: one method per operation, sync (`Client`) and async (`AsyncClient`).

The operations are written out once, on `Client`; `AsyncClient` runs the same methods, awaited.
"""

from __future__ import annotations

from collections.abc import Callable
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
from ._waiters import WaitRule

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

_WAIT_FOR_VIDEO = WaitRule(
    "wait_for_video",
    "status",
    ("completed",),
    ("failed", "cancelled", "expired"),
    "poll_after_seconds",
    "error",
)


class Paginators(SyncPaginatorsBase):
    """Operations that page, returning a lazy iterator over every item (`pages()` for the pages)."""


class StreamingResponses:
    """Operations with binary or event-stream bodies, returning the response unread."""

    def __init__(self, client: Client) -> None:
        self._client = client


class Client(SyncClientBase):
    """Synchronous client for AI Stats Gateway API.

    Args:
        api_key: The credential; defaults to the `AI_STATS_VIDEO_STATUS_API_KEY` environment variable.
        base_url: Defaults to `AI_STATS_VIDEO_STATUS_BASE_URL`, else the spec's first server.
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

    def get_video(
        self, video_id: str, *, options: RequestOptions | None = None
    ) -> models.VideoGenerationResponse:
        """Get video status

        Retrieves the status for a video generation request. Poll every 20 seconds unless you are using webhooks.

        Args:
            video_id: The ID of the video generation request.
        """
        return self._send(_endpoints.get_video(video_id), options)

    def wait_for_video(
        self,
        video_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
        on_progress: Callable[[models.VideoGenerationResponse], None] | None = None,
        options: RequestOptions | None = None,
    ) -> models.VideoGenerationResponse:
        """Poll `get_video` until the job's `status` is terminal; return the final response.

        Sleeps `poll_interval` seconds (or the response's `poll_after_seconds`) between polls
        and calls `on_progress` with each response.
        Raises `errors.JobFailedError` on failed, cancelled, expired,
        and `errors.WaitTimeoutError` when `timeout` seconds pass first.
        """
        return self._wait(
            lambda: self.get_video(video_id, options=options),
            _WAIT_FOR_VIDEO,
            timeout,
            poll_interval,
            on_progress,
        )


class RawResponses:
    """Every operation, returning the `ApiResponse` (status, headers, body; `.parse()` decodes it)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    get_video = RawResponseMethod(Client.get_video)


class AsyncPaginators(AsyncPaginatorsBase):
    """The methods of `Paginators`, giving an `AsyncPager` (iterate with `async for`)."""


class AsyncStreamingResponses:
    """The methods of `StreamingResponses`, awaited, giving an `AsyncStreamedResponse`."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client


class AsyncClient(AsyncClientBase):
    """Asynchronous client for AI Stats Gateway API: `Client`'s operations, awaited.

    Every operation is the `Client` method of the same name, run on this client and awaited:
    same parameters, defaults and documentation, and `await client.op(...)` returns what
    `Client.op(...)` returns. `paginate`, `with_raw_response` and `with_streaming_response`
    likewise reuse the methods of `Client`'s namespaces.

    Args:
        api_key: The credential; defaults to the `AI_STATS_VIDEO_STATUS_API_KEY` environment variable.
        base_url: Defaults to `AI_STATS_VIDEO_STATUS_BASE_URL`, else the spec's first server.
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

    get_video = AsyncMethod(Client.get_video)
    wait_for_video = AsyncMethod(Client.wait_for_video)


class AsyncRawResponses:
    """Every operation, returning the `ApiResponse` (status, headers, body; `.parse()` decodes it)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    get_video = AsyncRawResponseMethod(Client.get_video)
