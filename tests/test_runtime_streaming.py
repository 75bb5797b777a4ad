"""Streaming: server-sent events as typed events, binary downloads in chunks with flat memory."""

from __future__ import annotations

import asyncio
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.runtime_support import API_KEY, ROOT, mode, run  # first: puts the generated packages on the path

import sys  # noqa: E402

sys.path.insert(0, str(ROOT / "out" / "ai-stats-gateway"))

import ai_stats_gateway as gateway  # noqa: E402
from ai_stats_gateway import ServerSentEvent  # noqa: E402
from ai_stats_gateway._streaming import EventParser  # noqa: E402
from ai_stats_gateway.errors import ApiConnectionError, NotFoundError  # noqa: E402
from loopback import LoopbackServer, Response  # noqa: E402

MESSAGE = {"model": "anthropic/claude-sonnet-4", "max_tokens": 64, "messages": [{"role": "user", "content": "hi"}]}
SSE = (
    b": keep-alive comment\n\n"
    b"event: message_start\ndata: {\"type\": \"message_start\"}\nid: 1\n\n"
    b"event: content_block_delta\ndata: {\"text\": \"Hel\"}\n\n"
    b"data: line one\r\ndata: line two\r\nretry: 3000\r\n\r\n"
    b"event: message_stop\ndata: {}\n\n"
)
MB = 1024 * 1024


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv
    assert srv.errors == []


@pytest.mark.parametrize(
    ("lines", "events"),
    [
        (["data: x", ""], [ServerSentEvent("message", "x")]),
        (["event: ping", ""], [ServerSentEvent("ping", "")]),
        (["data:no-space", "data:  two spaces", ""], [ServerSentEvent("message", "no-space\n two spaces")]),
        ([": comment", "", ""], []),
        (["id: 7", "retry: x", "data: a", ""], [ServerSentEvent("message", "a", "7")]),
        (["data: unterminated"], []),
        (["data: a", "", "data: b", ""], [ServerSentEvent("message", "a"), ServerSentEvent("message", "b")]),
    ],
    ids=["data", "event-only", "spaces", "comment", "id-bad-retry", "unterminated", "two"],
)
def test_event_parser(lines: list[str], events: list[ServerSentEvent]) -> None:
    parser = EventParser()
    got = [e for e in (parser.feed(line) for line in lines) if e is not None]
    got.extend(parser.finish())
    assert got == events


def stream_events(client: Any, mode: str, stop_after: int | None = None) -> Any:
    """Open the SSE operation, collect events (breaking early if asked) and report if it closed."""
    body = gateway.models.AnthropicMessagesRequest.model_validate(MESSAGE)
    if mode == "sync":
        response = client.with_streaming_response.create_anthropic_message(body=body)
        events = []
        for event in response.iter_events():
            events.append(event)
            if stop_after is not None and len(events) == stop_after:
                break
        return events, response.is_closed

    async def collect() -> Any:
        response = await client.with_streaming_response.create_anthropic_message(body=body)
        events = []
        async for event in response.iter_events():
            events.append(event)
            if stop_after is not None and len(events) == stop_after:
                break
        for _ in range(20):  # the event loop finalises an abandoned async generator soon after
            if response.is_closed:
                break
            await asyncio.sleep(0)
        return events, response.is_closed

    return collect()


def test_event_stream_yields_typed_events_and_closes(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response(body=SSE, headers={"Content-Type": "text/event-stream"}))

    outcome = run(mode, gateway, lambda c: stream_events(c, mode), base_url=server.url)

    events, closed = outcome.value
    assert [e.event for e in events] == ["message_start", "content_block_delta", "message", "message_stop"]
    assert events[0].json() == {"type": "message_start"} and events[0].id == "1"
    assert events[2] == ServerSentEvent("message", "line one\nline two", "1", 3000)
    assert closed
    request = server.requests[0]
    assert request.header("Accept") == "text/event-stream" and request.header("Authorization") == f"Bearer {API_KEY}"


def test_breaking_out_of_the_loop_closes_the_connection(server: LoopbackServer, mode: str) -> None:
    endless = lambda: iter([SSE] + [b"data: more\n\n"] * 1000)  # noqa: E731
    server.enqueue(Response(chunks=endless, headers={"Content-Type": "text/event-stream"}))

    outcome = run(mode, gateway, lambda c: stream_events(c, mode, stop_after=2), base_url=server.url)

    events, closed = outcome.value
    assert len(events) == 2 and closed


def test_stream_cut_mid_way_raises_api_connection_error(server: LoopbackServer, mode: str) -> None:
    chunks = lambda: [b"event: a\ndata: 1\n\n"] * 10  # noqa: E731
    server.enqueue(Response(chunks=chunks, headers={"Content-Type": "text/event-stream"}, action="truncate"))

    outcome = run(mode, gateway, lambda c: stream_events(c, mode), base_url=server.url)

    assert type(outcome.error) is ApiConnectionError
    assert str(outcome.error).startswith("the response stream broke off: ")


def test_error_status_on_a_streamed_operation_raises(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response.json({"error": {"message": "no such file"}}, status=404))

    def call(client: Any) -> Any:
        return client.with_streaming_response.retrieve_file_content("file_1")

    outcome = run(mode, gateway, call, base_url=server.url)

    assert type(outcome.error) is NotFoundError


def zeros(total: int, chunk: int = 64 * 1024) -> Any:
    return lambda: (b"\0" * chunk for _ in range(total // chunk))


def download_to(client: Any, mode: str, path: Path) -> Any:
    if mode == "sync":
        with client.with_streaming_response.retrieve_file_content("file_1") as response:
            return response.write_to_file(path)

    async def write() -> int:
        async with await client.with_streaming_response.retrieve_file_content("file_1") as response:
            return int(await response.write_to_file(path))

    return write()


def test_large_download_streams_to_a_file_with_flat_memory(server: LoopbackServer, mode: str, tmp_path: Path) -> None:
    size = 48 * MB
    server.enqueue(Response(chunks=zeros(size), headers={"Content-Type": "application/octet-stream"}))
    target = tmp_path / "file.bin"

    tracemalloc.start()
    try:
        outcome = run(mode, gateway, lambda c: download_to(c, mode, target), base_url=server.url)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert outcome.error is None and outcome.value == size
    assert target.stat().st_size == size
    assert peak < 8 * MB, f"peak traced memory {peak / MB:.1f} MiB while streaming {size // MB} MiB"


def test_download_chunks_are_bounded(server: LoopbackServer) -> None:
    server.enqueue(Response(chunks=zeros(4 * MB), headers={"Content-Type": "application/octet-stream"}))
    with gateway.Client(api_key=API_KEY, base_url=server.url) as client:
        with client.with_streaming_response.retrieve_file_content("file_1") as response:
            sizes = [len(chunk) for chunk in response.iter_bytes(chunk_size=32 * 1024)]
    assert sum(sizes) == 4 * MB and max(sizes) == 32 * 1024


def test_stream_download_of_a_returned_url(server: LoopbackServer, mode: str, tmp_path: Path) -> None:
    server.enqueue(Response(chunks=zeros(MB), headers={"Content-Type": "video/mp4"}))

    def call(client: Any) -> Any:
        if mode == "sync":
            with client.stream_download(f"{server.url}/signed/v.mp4?sig=1") as response:
                return sum(len(c) for c in response.iter_bytes())

        async def total() -> int:
            async with await client.stream_download(f"{server.url}/signed/v.mp4?sig=1") as response:
                return sum([len(c) async for c in response.iter_bytes()])

        return total()

    outcome = run(mode, gateway, call, base_url=server.url)

    assert outcome.value == MB
    assert server.requests[0].raw_path == "/signed/v.mp4"
