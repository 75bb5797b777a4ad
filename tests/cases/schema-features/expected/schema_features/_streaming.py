"""Streamed responses: binary bodies in chunks or to a file, `text/event-stream` as events.

The server-sent events parser is I/O-free and shared; the sync and async responses only read.
Iterating events or chunks closes the connection when the loop ends or breaks; `with` (or
`async with`) closes it in every case.
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from .errors import ApiConnectionError


@dataclass(frozen=True)
class ServerSentEvent:
    """One event of a `text/event-stream` (WHATWG HTML §9.2.6)."""

    event: str
    data: str
    id: str | None = None
    retry: int | None = None

    def json(self) -> Any:
        """`data` decoded as JSON."""
        return json.loads(self.data)


class EventParser:
    """Turns lines of an event stream into events, one line at a time."""

    def __init__(self) -> None:
        self._event = ""
        self._data: list[str] = []
        self._id: str | None = None
        self._retry: int | None = None

    def feed(self, line: str) -> ServerSentEvent | None:
        """Take one line (without its line break); an event is returned at each blank line."""
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "event":
            self._event = value
        elif name == "data":
            self._data.append(value)
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        if not self._data and not self._event:
            return None
        event = ServerSentEvent(
            self._event or "message", "\n".join(self._data), self._id, self._retry
        )
        self._event, self._data, self._retry = "", [], None
        return event

    def finish(self) -> Iterable[ServerSentEvent]:
        """An event left without its final blank line is discarded, as the standard says."""
        self._event, self._data = "", []
        return ()


def _cut(exc: httpx.TransportError, response: httpx.Response) -> ApiConnectionError:
    return ApiConnectionError(
        f"the response stream broke off: {type(exc).__name__}", request=response.request
    )


class StreamedResponse:
    """A response whose body has not been read yet. Close it, or use it with `with`."""

    def __init__(self, response: httpx.Response) -> None:
        self.http_response = response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def iter_bytes(self, chunk_size: int | None = 65536) -> Iterator[bytes]:
        """The body in chunks, never all of it in memory."""
        try:
            yield from self.http_response.iter_bytes(chunk_size)
        except httpx.TransportError as exc:
            raise _cut(exc, self.http_response) from exc
        finally:
            self.close()

    def iter_lines(self) -> Iterator[str]:
        """The body as text, line by line."""
        try:
            yield from self.http_response.iter_lines()
        except httpx.TransportError as exc:
            raise _cut(exc, self.http_response) from exc
        finally:
            self.close()

    def iter_events(self) -> Iterator[ServerSentEvent]:
        """The body as server-sent events."""
        parser = EventParser()
        for line in self.iter_lines():
            event = parser.feed(line)
            if event is not None:
                yield event
        yield from parser.finish()

    def __iter__(self) -> Iterator[ServerSentEvent]:
        return self.iter_events()

    def write_to_file(self, path: str | os.PathLike[str], chunk_size: int = 65536) -> int:
        """Stream the body into a file; returns the number of bytes written."""
        written = 0
        with open(path, "wb") as file:
            for chunk in self.iter_bytes(chunk_size):
                written += file.write(chunk)
        return written

    def close(self) -> None:
        self.http_response.close()

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    def __enter__(self) -> StreamedResponse:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncStreamedResponse:
    """A response whose body has not been read yet. Close it, or use it with `async with`."""

    def __init__(self, response: httpx.Response) -> None:
        self.http_response = response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    async def iter_bytes(self, chunk_size: int | None = 65536) -> AsyncIterator[bytes]:
        """The body in chunks, never all of it in memory."""
        try:
            async for chunk in self.http_response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.TransportError as exc:
            raise _cut(exc, self.http_response) from exc
        finally:
            await self.close()

    async def iter_lines(self) -> AsyncIterator[str]:
        """The body as text, line by line."""
        try:
            async for line in self.http_response.aiter_lines():
                yield line
        except httpx.TransportError as exc:
            raise _cut(exc, self.http_response) from exc
        finally:
            await self.close()

    async def iter_events(self) -> AsyncIterator[ServerSentEvent]:
        """The body as server-sent events."""
        parser = EventParser()
        try:
            async for line in self.http_response.aiter_lines():
                event = parser.feed(line)
                if event is not None:
                    yield event
        except httpx.TransportError as exc:
            raise _cut(exc, self.http_response) from exc
        finally:
            await self.close()
        for event in parser.finish():
            yield event

    def __aiter__(self) -> AsyncIterator[ServerSentEvent]:
        return self.iter_events()

    async def write_to_file(self, path: str | os.PathLike[str], chunk_size: int = 65536) -> int:
        """Stream the body into a file; returns the number of bytes written."""
        written = 0
        with open(path, "wb") as file:
            async for chunk in self.iter_bytes(chunk_size):
                written += file.write(chunk)
        return written

    async def close(self) -> None:
        await self.http_response.aclose()

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    async def __aenter__(self) -> AsyncStreamedResponse:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
