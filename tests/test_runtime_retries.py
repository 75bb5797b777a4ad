"""Retries, timeouts and per-call options of generated clients, over real loopback HTTP.

A scripted server injects the faults; the client's `sleep` is injected, so every delay is
asserted exactly (or within its jitter bounds) and nothing really waits.
"""

from __future__ import annotations

import email.utils
import io
import time
from typing import Any

import httpx
import pytest

from tests.runtime_support import API_KEY, mode, run, server  # first: puts the generated packages on the path

import ai_stats_video_status as video  # noqa: E402
import kitchen_sink as sink  # noqa: E402
from ai_stats_video_status.errors import ApiConnectionError, ApiTimeoutError, InternalServerError, RateLimitError  # noqa: E402
from loopback import ClosedPort, LoopbackServer, Response  # noqa: E402

VIDEO = {"id": "vid_1", "status": "completed"}
PET = {"id": "p1", "name": "Rex", "kind": "dog"}


def get_video(client: Any) -> Any:
    return client.get_video("vid_1")


def create_pet(key: str | None = None, **options: Any) -> Any:
    def call(client: Any) -> Any:
        if key is not None:
            options["idempotency_key"] = key
        return client.create_pet(body=sink.models.NewPet(name="Rex", kind="dog"), options=options)

    return call


# -- which failures are retried, how often, and how long the client waits ----------------------


@pytest.mark.parametrize(
    ("first", "expected_sleep"),
    [
        (Response.json({}, status=429, headers={"Retry-After": "3"}), 3.0),
        (Response.json({}, status=429, headers={"retry-after-ms": "1500"}), 1.5),
        (Response.json({}, status=503, headers={"Retry-After": "0"}), 0.0),
        (Response.json({}, status=408, headers={"Retry-After": "1"}), 1.0),
        (Response.json({}, status=409, headers={"Retry-After": "2"}), 2.0),
        (Response.json({}, status=429, headers={"Retry-After": "3600"}), 60.0),  # capped
    ],
    ids=["429-seconds", "429-ms", "503-zero", "408", "409", "capped"],
)
def test_retry_after_is_honoured(server: LoopbackServer, mode: str, first: Response, expected_sleep: float) -> None:
    server.enqueue(first, Response.json(VIDEO))

    outcome = run(mode, video, get_video, base_url=server.url)

    assert outcome.error is None and outcome.value.id == "vid_1"
    assert len(server.requests) == 2
    assert outcome.sleeps == [expected_sleep]


def test_retry_after_http_date(server: LoopbackServer, mode: str) -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    server.enqueue(Response.json({}, status=429, headers={"Retry-After": when}), Response.json(VIDEO))

    outcome = run(mode, video, get_video, base_url=server.url)

    assert outcome.error is None
    assert len(outcome.sleeps) == 1 and 28.0 <= outcome.sleeps[0] <= 30.0


def test_503_twice_then_success_backs_off_exponentially_with_jitter(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response(status=503), Response(status=503), Response.json(VIDEO))

    outcome = run(mode, video, get_video, base_url=server.url)

    assert outcome.value.id == "vid_1"
    assert len(server.requests) == 3
    first, second = outcome.sleeps
    assert 0.375 <= first <= 0.5 and 0.75 <= second <= 1.0


def test_gives_up_after_max_retries(server: LoopbackServer, mode: str) -> None:
    server.enqueue(*[Response.json({"error": "busy"}, status=429, headers={"Retry-After": "1"})] * 3)

    outcome = run(mode, video, get_video, base_url=server.url)

    assert type(outcome.error) is RateLimitError
    assert outcome.error.body == {"error": "busy"}
    assert len(server.requests) == 3 and outcome.sleeps == [1.0, 1.0]


@pytest.mark.parametrize("action", ["reset", "close", "truncate"])
def test_broken_connection_is_retried(server: LoopbackServer, mode: str, action: Any) -> None:
    server.enqueue(Response.json(VIDEO, action=action), Response.json(VIDEO))

    outcome = run(mode, video, get_video, base_url=server.url)

    assert outcome.error is None and outcome.value.status == "completed"
    assert len(server.requests) == 2 and len(outcome.sleeps) == 1


def test_response_slower_than_the_timeout_is_retried(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response.json(VIDEO, delay=2.0), Response.json(VIDEO))

    started = time.monotonic()
    outcome = run(mode, video, get_video, base_url=server.url, timeout=0.2)

    assert outcome.error is None
    assert len(server.requests) == 2 and len(outcome.sleeps) == 1
    assert time.monotonic() - started < 1.5


def test_timeouts_exhaust_retries_into_api_timeout_error(server: LoopbackServer, mode: str) -> None:
    server.enqueue(*[Response.json(VIDEO, delay=2.0)] * 2)

    outcome = run(mode, video, get_video, base_url=server.url, timeout=0.1, max_retries=1)

    assert type(outcome.error) is ApiTimeoutError
    assert len(server.requests) == 2


def test_other_client_errors_are_not_retried(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response.json({}, status=404))

    outcome = run(mode, video, get_video, base_url=server.url)

    assert outcome.error is not None and outcome.error.status_code == 404  # type: ignore[attr-defined]
    assert len(server.requests) == 1 and outcome.sleeps == []


# -- non-idempotent requests and idempotency keys -----------------------------------------------


def test_post_is_not_retried_without_an_idempotency_key(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response.json({}, status=500))

    outcome = run(mode, sink, create_pet(), base_url=server.url)

    assert isinstance(outcome.error, sink.errors.InternalServerError)
    assert len(server.requests) == 1 and outcome.sleeps == []


def test_post_with_an_idempotency_key_is_retried_with_the_same_key(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response.json({}, status=500), Response.json({}, status=500), Response.json(PET, status=201))

    outcome = run(mode, sink, create_pet("key-7"), base_url=server.url)

    assert outcome.error is None and outcome.value.id == "p1"
    assert [r.header("Idempotency-Key") for r in server.requests] == ["key-7"] * 3
    assert [r.body for r in server.requests] == [server.requests[0].body] * 3


def test_idempotency_header_name_is_configurable(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response(status=502), Response.json(PET, status=201))

    outcome = run(mode, sink, create_pet("k"), base_url=server.url, idempotency_header="X-Idem")

    assert outcome.error is None
    assert [r.header("X-Idem") for r in server.requests] == ["k", "k"]


def test_post_connection_reset_without_key_is_not_retried(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response.json(PET, action="reset"))

    outcome = run(mode, sink, create_pet(), base_url=server.url)

    assert isinstance(outcome.error, sink.errors.ApiConnectionError)
    assert len(server.requests) == 1


# -- per-call options and with_options -----------------------------------------------------------


def test_per_call_max_retries(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response(status=503))

    outcome = run(mode, video, lambda c: c.get_video("v", options={"max_retries": 0}), base_url=server.url)

    assert type(outcome.error) is InternalServerError
    assert len(server.requests) == 1


def test_client_max_retries(server: LoopbackServer, mode: str) -> None:
    server.enqueue(*[Response(status=503)] * 5, Response.json(VIDEO))

    outcome = run(mode, video, get_video, base_url=server.url, max_retries=5)

    assert outcome.error is None and len(server.requests) == 6 and len(outcome.sleeps) == 5


def test_per_call_headers_query_and_timeout(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response.json(VIDEO))
    options = {"extra_headers": {"X-Trace": "t1"}, "extra_query": {"debug": "1"}, "timeout": httpx.Timeout(3.0)}

    outcome = run(mode, video, lambda c: c.get_video("v", options=options), base_url=server.url)

    assert outcome.error is None
    assert server.requests[0].header("X-Trace") == "t1" and server.requests[0].query == "debug=1"


def test_per_call_timeout_in_seconds(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response.json(VIDEO, delay=2.0))

    outcome = run(mode, video, lambda c: c.get_video("v", options={"timeout": 0.1, "max_retries": 0}), base_url=server.url)

    assert type(outcome.error) is ApiTimeoutError


def test_with_options_copies_settings_and_shares_the_pool(server: LoopbackServer) -> None:
    server.enqueue(Response(status=503), Response.json(VIDEO), Response.json(VIDEO))
    with video.Client(base_url=server.url, api_key=API_KEY, sleep=lambda s: None) as client:
        strict = client.with_options(max_retries=0, default_headers={"X-Team": "a"}, timeout=2.0)
        with pytest.raises(InternalServerError):
            strict.get_video("v")
        assert strict._http is client._http and strict.retry_policy.max_retries == 0
        assert client.retry_policy.max_retries == 2 and client.timeout != strict.timeout
        strict.close()  # does not close the shared pool
        assert client.get_video("v").id == "vid_1"
        assert strict.with_options(api_key="other").get_video("v").id == "vid_1"
    assert server.requests[0].header("X-Team") == "a" and server.requests[1].header("X-Team") is None
    assert server.requests[2].header("Authorization") == "Bearer other"


def test_connection_refused_is_retried_then_raised(mode: str) -> None:
    with ClosedPort() as port:
        outcome = run(mode, video, get_video, base_url=port.url)

    assert type(outcome.error) is ApiConnectionError
    assert len(outcome.sleeps) == 2


def test_a_body_read_from_a_file_is_not_retried(server: LoopbackServer) -> None:
    server.enqueue(Response(status=503))

    # sync only: httpx cannot send a synchronous file object from an AsyncClient
    outcome = run("sync", sink, lambda c: c.upload_photo("p1", body=io.BytesIO(b"\x89PNG-data")), base_url=server.url)

    assert isinstance(outcome.error, sink.errors.InternalServerError)
    assert len(server.requests) == 1 and server.requests[0].body == b"\x89PNG-data"


def test_a_body_of_bytes_is_retried_whole(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response(status=503), Response(body=b"ok", headers={"Content-Type": "application/octet-stream"}))

    outcome = run(mode, sink, lambda c: c.upload_photo("p1", body=b"\x89PNG-data"), base_url=server.url)

    assert outcome.error is None
    assert [r.body for r in server.requests] == [b"\x89PNG-data"] * 2
