"""Raw responses, credentials and origins, logging and redaction, lying servers, TLS defaults."""

from __future__ import annotations

import logging
import ssl
import traceback
from collections.abc import Iterator
from typing import Any

import pytest

from tests.runtime_support import API_KEY, mode, run, server  # first: puts the generated packages on the path

import ai_stats_video_status as video  # noqa: E402
import kitchen_sink as sink  # noqa: E402
from ai_stats_video_status.errors import (  # noqa: E402
    NotFoundError,
    ResponseTooLargeError,
    ResponseValidationError,
)
from loopback import LoopbackServer, Response  # noqa: E402

VIDEO = {"id": "vid_1", "status": "completed"}
PET = {"id": "p1", "name": "Rex", "kind": "dog"}


@pytest.fixture
def other() -> Iterator[LoopbackServer]:
    """A second server: another port is another origin."""
    with LoopbackServer() as srv:
        yield srv
    assert srv.errors == []


# -- raw responses -------------------------------------------------------------------------------


def test_raw_response_gives_status_headers_body_and_parses_without_a_second_request(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response.json(VIDEO, headers={"X-Request-Id": "req_1"}))

    outcome = run(mode, video, lambda c: c.with_raw_response.get_video("vid_1"), base_url=server.url)

    raw = outcome.value
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "req_1"
    assert raw.content == b'{"id": "vid_1", "status": "completed"}'
    parsed = raw.parse()
    assert isinstance(parsed, video.models.VideoGenerationResponse) and parsed.id == "vid_1"
    assert len(server.requests) == 1
    assert API_KEY not in repr(raw)


def test_raw_response_still_raises_typed_errors(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response.json({"error": "nope"}, status=404))

    outcome = run(mode, video, lambda c: c.with_raw_response.get_video("x"), base_url=server.url)

    assert type(outcome.error) is NotFoundError and outcome.error.body == {"error": "nope"}


# -- credentials never leave the API's origin -----------------------------------------------------


def test_redirect_to_another_origin_drops_the_bearer_token(server: LoopbackServer, other: LoopbackServer, mode: str) -> None:
    server.enqueue(Response(status=302, headers={"Location": f"{other.url}/elsewhere"}))
    other.enqueue(Response.json(VIDEO))

    outcome = run(mode, video, lambda c: c.get_video("v"), base_url=server.url)

    assert outcome.value.id == "vid_1"
    assert server.requests[0].header("Authorization") == f"Bearer {API_KEY}"
    assert other.requests[0].raw_path == "/elsewhere"
    assert other.requests[0].header("Authorization") is None
    assert all(API_KEY not in value for _, value in other.requests[0].headers)


def test_redirect_to_another_origin_drops_an_api_key_header(server: LoopbackServer, other: LoopbackServer, mode: str) -> None:
    server.enqueue(Response(status=307, headers={"Location": f"{other.url}/pets/p1"}))
    other.enqueue(Response.json(PET))

    outcome = run(mode, sink, lambda c: c.get_pet("p1"), base_url=server.url)

    assert outcome.value.id == "p1"
    assert server.requests[0].header("X-Api-Key") == API_KEY
    assert other.requests[0].header("X-Api-Key") is None


def test_same_origin_redirect_keeps_the_token(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response(status=301, headers={"Location": "/videos/moved"}), Response.json(VIDEO))

    outcome = run(mode, video, lambda c: c.get_video("v"), base_url=server.url)

    assert outcome.value.id == "vid_1"
    assert [r.raw_path for r in server.requests] == ["/videos/v", "/videos/moved"]
    assert server.requests[1].header("Authorization") == f"Bearer {API_KEY}"


def test_download_url_on_another_host_gets_no_credentials(server: LoopbackServer, other: LoopbackServer, mode: str) -> None:
    other.enqueue(Response(body=b"video-bytes", headers={"Content-Type": "video/mp4"}))
    server.enqueue(Response(body=b"own-bytes"))

    outcome = run(
        mode,
        video,
        lambda c: _both(mode, c.download(f"{other.url}/signed?sig=abc"), c.download(f"{server.url}/videos/v/content")),
        base_url=server.url,
    )

    assert outcome.value == [b"video-bytes", b"own-bytes"]
    assert other.requests[0].header("Authorization") is None and other.requests[0].query == "sig=abc"
    assert server.requests[0].header("Authorization") == f"Bearer {API_KEY}"


def _both(mode: str, first: Any, second: Any) -> Any:
    if mode == "sync":
        return [first, second]

    async def gather() -> list[Any]:
        return [await first, await second]

    return gather()


# -- secrets stay out of logs, messages, reprs and tracebacks ------------------------------------


def test_logging_shows_requests_statuses_retries_and_timings_but_no_secret(
    server: LoopbackServer, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    server.enqueue(Response(status=503, headers={"Retry-After": "1"}), Response.json(VIDEO))
    caplog.set_level(logging.DEBUG, logger="ai_stats_video_status")

    run(mode, video, lambda c: c.get_video("v"), base_url=server.url)

    messages = [r.getMessage() for r in caplog.records if r.name == "ai_stats_video_status"]
    assert messages[0].startswith(f"GET {server.url}/videos/v -> 503 (")
    assert messages[1] == f"GET {server.url}/videos/v failed (HTTP 503); retrying in 1.00 s (retry 1 of 2)"
    assert messages[2].startswith(f"GET {server.url}/videos/v -> 200 (")
    assert all(API_KEY not in m for m in caplog.text.splitlines() + messages)


def test_secret_is_in_no_error_message_repr_or_traceback(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response.json({"error": "bad key"}, status=401), Response.text("<html>oops</html>", content_type="text/html"))

    failures = [run(mode, video, lambda c: c.get_video("v"), base_url=server.url, max_retries=0) for _ in range(2)]

    for outcome in failures:
        assert outcome.error is not None
        text = "".join(traceback.format_exception(outcome.error))
        assert API_KEY not in text and API_KEY not in repr(outcome.error) and API_KEY not in str(outcome.error)
    client = video.Client(api_key=API_KEY, base_url=f"http://user:{API_KEY}@127.0.0.1:1")
    assert API_KEY not in repr(client) and API_KEY not in repr(client.with_options(max_retries=1))
    client.close()


# -- servers that lie ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lie", "message"),
    [
        (Response.text("<html><body>Error</body></html>", content_type="text/html"), "(text/html) does not match the spec at body: Invalid JSON"),
        (Response(body=b'{"id": "vid_1", "status": "comp', headers={"Content-Type": "application/json"}), "does not match the spec at body: Invalid JSON"),
        (Response.json(["not", "an", "object"]), "does not match the spec at body"),
    ],
    ids=["html-200", "truncated-json", "wrong-shape"],
)
def test_lying_response_raises_clearly_and_the_client_keeps_working(server: LoopbackServer, mode: str, lie: Response, message: str) -> None:
    server.enqueue(lie, Response.json(VIDEO))

    def call(client: Any) -> Any:
        if mode == "sync":
            with pytest.raises(ResponseValidationError) as info:
                client.get_video("v")
            return info.value, client.get_video("v")

        async def both() -> Any:
            with pytest.raises(ResponseValidationError) as info:
                await client.get_video("v")
            return info.value, await client.get_video("v")

        return both()

    outcome = run(mode, video, call, base_url=server.url)

    error, after = outcome.value
    assert str(error).startswith("get_video: HTTP 200 response") and message in str(error)
    assert after.id == "vid_1"


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "no-content-length"])
def test_huge_body_is_refused_unread_and_the_client_keeps_working(server: LoopbackServer, mode: str, declared: bool) -> None:
    huge = b'{"id": "' + b"x" * 50_000 + b'"}'
    headers = [("Content-Type", "application/json")] + ([] if declared else [("Transfer-Encoding", "chunked")])
    body = huge if declared else b"%x\r\n%s\r\n0\r\n\r\n" % (len(huge), huge)
    server.enqueue(Response(body=body, headers=headers), Response.json(VIDEO))

    def call(client: Any) -> Any:
        if mode == "sync":
            with pytest.raises(ResponseTooLargeError) as info:
                client.get_video("v")
            return info.value, client.get_video("v")

        async def both() -> Any:
            with pytest.raises(ResponseTooLargeError) as info:
                await client.get_video("v")
            return info.value, await client.get_video("v")

        return both()

    outcome = run(mode, video, call, base_url=server.url, max_response_bytes=10_000)

    error, after = outcome.value
    assert str(error) == "get_video: HTTP 200 response is larger than max_response_bytes (10000)"
    assert after.id == "vid_1"


# -- TLS -------------------------------------------------------------------------------------------


def test_tls_verification_is_on_by_default() -> None:
    for client in (video.Client(api_key=API_KEY), video.AsyncClient(api_key=API_KEY)):
        pool = client._http._transport._pool  # type: ignore[union-attr]
        assert pool._ssl_context.verify_mode == ssl.CERT_REQUIRED
        assert pool._ssl_context.check_hostname
    off = video.Client(api_key=API_KEY, verify=False)
    assert off._http._transport._pool._ssl_context.verify_mode == ssl.CERT_NONE  # type: ignore[union-attr]



def test_signed_url_query_values_are_not_logged(server: LoopbackServer, mode: str, caplog: pytest.LogCaptureFixture) -> None:
    server.enqueue(Response(body=b"bytes"))
    caplog.set_level(logging.DEBUG, logger="ai_stats_video_status")
    url = f"{server.url}/dl/v.mp4?X-Amz-Signature=s3cr3t&token=t0k&sig=abc&page=2"

    run(mode, video, lambda c: c.download(url), base_url=server.url)

    (message,) = [r.getMessage() for r in caplog.records if r.name == "ai_stats_video_status"]
    assert message.startswith(f"GET {server.url}/dl/v.mp4?X-Amz-Signature=REDACTED&token=REDACTED&sig=REDACTED&page=2 -> 200")
    assert server.requests[0].query == "X-Amz-Signature=s3cr3t&token=t0k&sig=abc&page=2"
