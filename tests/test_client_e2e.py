"""End-to-end tests of the generated `ai_stats_video_status` client over real loopback HTTP.

Every test that talks to a server runs twice, with the sync `Client` and the async `AsyncClient`
(`mode` fixture; the async one under `asyncio.run`). Nothing of the client is mocked: requests go
through httpx to a real socket on 127.0.0.1 served by `tests/loopback.py`, which records each
request exactly as it arrived on the wire.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import ssl
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from http import HTTPStatus
from pathlib import Path
from typing import Any

import httpx
import pytest

_TESTS = Path(__file__).resolve().parent
_PACKAGE_ROOT = _TESTS.parent / "out" / "ai-stats-video-status"
for _path in (str(_PACKAGE_ROOT), str(_TESTS)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

import ai_stats_video_status  # noqa: E402
from ai_stats_video_status import AsyncClient, Client, models, to_datetime  # noqa: E402
from ai_stats_video_status.errors import (  # noqa: E402
    ApiConnectionError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
)
from loopback import ClosedPort, LoopbackServer, RecordedRequest, Response  # noqa: E402

ENV_API_KEY = "AI_STATS_VIDEO_STATUS_API_KEY"
ENV_BASE_URL = "AI_STATS_VIDEO_STATUS_BASE_URL"
API_KEY = "sk-test-0123456789abcdef"
UTC = timezone.utc

assert (
    Path(ai_stats_video_status.__file__).resolve().is_relative_to(_PACKAGE_ROOT)
), "imported a different ai_stats_video_status than the committed one"


# -- fixtures and helpers ------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's own key or base URL must not leak into these tests."""
    monkeypatch.delenv(ENV_API_KEY, raising=False)
    monkeypatch.delenv(ENV_BASE_URL, raising=False)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv
    assert srv.errors == [], "the server got requests it had no scripted response for"
    assert srv.pending == 0, "scripted responses left unserved"


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


# Creating an httpx client loads the CA bundle (~40 ms); most tests share one SSL context through
# `http_client=` to stay fast. `own_http=True` lets the generated client create its own httpx
# client instead, as a user who passes no `http_client` gets.
_SSL_CONTEXT = ssl.create_default_context()


def get_video(
    mode: str,
    base_url: str,
    video_id: str = "vid_1",
    *,
    own_http: bool = False,
    **kwargs: Any,
) -> Any:
    """`get_video` through a fresh client of the given mode, closed afterwards."""
    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("timeout", 5.0)
    kwargs.setdefault("max_retries", 0)  # one request per call; retries: tests/test_runtime_*.py
    if mode == "sync":
        http = None if own_http else httpx.Client(verify=_SSL_CONTEXT)
        try:
            with Client(base_url=base_url, http_client=http, **kwargs) as client:
                return client.get_video(video_id)
        finally:
            if http is not None:
                http.close()

    async def run() -> Any:
        ahttp = None if own_http else httpx.AsyncClient(verify=_SSL_CONTEXT)
        try:
            async with AsyncClient(
                base_url=base_url, http_client=ahttp, **kwargs
            ) as client:
                return await client.get_video(video_id)
        finally:
            if ahttp is not None:
                await ahttp.aclose()

    return asyncio.run(run())


def get_video_error(
    mode: str, base_url: str, video_id: str = "vid_1", **kwargs: Any
) -> Any:
    with pytest.raises(Exception) as info:
        get_video(
            mode, base_url, video_id, **kwargs
        )  # noqa: PT011 - the type is asserted exactly
    return info.value


def canonical(value: Any) -> str:
    """JSON text that tells 8 from 8.0 and true from 1 (unlike `==` on Python values)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def only_request(server: LoopbackServer) -> RecordedRequest:
    assert len(server.requests) == 1
    return server.requests[0]


# -- payloads ------------------------------------------------------------------------------------

RICH: dict[str, Any] = {
    "id": "vid_01HXG7R9Q3",
    "object": "video",
    "polling_url": "https://api.phaseo.app/v1/videos/vid_01HXG7R9Q3",
    "model": "openai/sora-2",
    "request_id": "req_7f3a",
    "session_id": "sess_19",
    "status": "completed",
    "output_access": "both",
    "generation_id": "gen_8842",
    "created_at": 1700000000,
    "started_at": "2024-05-01T10:00:00Z",
    "completed_at": None,
    "poll_after_seconds": 20,
    "provider": "openai",
    "seconds": 8.5,
    "size": "1280x720",
    "audio": True,
    "content_url": "https://api.phaseo.app/v1/videos/vid_01HXG7R9Q3/content",
    "download_url": None,
    "expires_at": 1700003600,
    "progress": 100,
    "progress_source": "provider",
    "asset": {
        "id": "asset_1",
        "mime_type": "video/mp4",
        "bytes": 7340032,
        "sha256": "9f" * 32,
        "width": 1280,
        "height": 720,
        "duration_seconds": 8.5,
        "codec": "h264",  # unknown nested field
        "thumbnails": [{"at": 0.5, "url": "https://cdn.example/t0.jpg"}],
    },
    "outputs": [
        {
            "index": 0,
            "mime_type": "video/mp4",
            "bytes_available": True,
            "content_url": "https://api.phaseo.app/v1/videos/vid_01HXG7R9Q3/content?index=0",
            "download_url": "https://cdn.example/v0.mp4?sig=abc%2Fdef",
            "expires_at": 1700003600,
            "fps": 24,  # unknown nested field
        },
        {"index": 1, "mime_type": "image/webp", "bytes_available": False},
    ],
    "billing": {
        "currency": "USD",
        "total": 0.85,
        "line_items": [{"kind": "video_seconds", "quantity": 8.5, "unit_price": 0.1}],
    },
    "usage": {
        "cost": 0.85,
        "is_byok": False,
        "video_seconds": 8.5,  # extra keys (additionalProperties: true)
        "tier": {"name": "pro", "discount": None},
    },
    "error": {
        "type": "partial_output",
        "message": "1 of 2 outputs failed",
        "retryable": False,
    },
    "moderation": {"flagged": False, "categories": []},  # unknown top-level fields
    "priority": 3,
    "tags": ["a", "b"],
}


# -- decoding ------------------------------------------------------------------------------------


def test_rich_payload_decodes_and_round_trips_exactly(
    server: LoopbackServer, mode: str
) -> None:
    server.enqueue(Response.json(RICH))

    video = get_video(mode, server.url, "vid_01HXG7R9Q3", own_http=True)

    assert type(video) is models.VideoGenerationResponse
    assert video.id == "vid_01HXG7R9Q3"
    assert video.status is models.VideoGenerationResponseStatus.COMPLETED
    assert video.status.is_known
    assert video.output_access is models.VideoGenerationResponseOutputAccess.BOTH
    assert type(video.created_at) is int and video.created_at == 1700000000
    assert type(video.started_at) is str and video.started_at == "2024-05-01T10:00:00Z"
    assert video.completed_at is None and "completed_at" in video.model_fields_set
    assert video.download_url is None and "download_url" in video.model_fields_set
    assert video.seconds == 8.5 and video.audio is True and video.progress == 100

    assert type(video.asset) is models.VideoGenerationResponseAsset
    assert (video.asset.width, video.asset.height, video.asset.bytes) == (
        1280,
        720,
        7340032,
    )
    assert video.asset.model_extra == {
        "codec": "h264",
        "thumbnails": [{"at": 0.5, "url": "https://cdn.example/t0.jpg"}],
    }
    assert (
        video.outputs is not None
        and [type(o) for o in video.outputs] == [models.VideoOutput] * 2
    )
    assert video.outputs[0].download_url == "https://cdn.example/v0.mp4?sig=abc%2Fdef"
    assert video.outputs[0].model_extra == {"fps": 24}
    assert video.outputs[1].model_fields_set == {
        "index",
        "mime_type",
        "bytes_available",
    }
    assert type(video.usage) is models.VideoGenerationResponseUsage
    assert (video.usage.cost, video.usage.is_byok) == (0.85, False)
    assert video.usage.model_extra == {
        "video_seconds": 8.5,
        "tier": {"name": "pro", "discount": None},
    }
    assert video.billing == RICH["billing"]
    assert video.error == RICH["error"]
    assert video.model_extra == {
        "moderation": {"flagged": False, "categories": []},
        "priority": 3,
        "tags": ["a", "b"],
    }

    assert video.to_dict() == RICH
    assert canonical(video.to_dict()) == canonical(RICH)
    assert canonical(json.loads(video.to_json())) == canonical(RICH)
    assert models.VideoGenerationResponse.from_dict(video.to_dict()).to_dict() == RICH


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("created_at", 1700000000),
        ("created_at", "2024-05-01T10:00:00Z"),
        ("created_at", "1700000000"),  # a numeric string stays a string
        ("started_at", None),
        ("started_at", 0),
        ("completed_at", "2024-05-01T12:00:00+02:00"),
    ],
)
def test_timestamp_fields_keep_their_wire_type(
    server: LoopbackServer, mode: str, field: str, value: Any
) -> None:
    payload = {"id": "vid_1", "status": "processing", field: value}
    server.enqueue(Response.json(payload))

    video = get_video(mode, server.url)

    assert getattr(video, field) == value
    assert type(getattr(video, field)) is type(value)
    assert video.model_fields_set == {"id", "status", field}
    assert canonical(video.to_dict()) == canonical(payload)


@pytest.mark.parametrize(
    ("status", "output_access", "status_known", "access_known"),
    [
        ("upscaling", "stream", False, False),
        ("COMPLETED", "both", False, True),  # enum values are case-sensitive
        ("failed", "webhook_only", True, False),
        ("queued", "signed_url", True, True),
    ],
)
def test_open_enums_keep_unknown_values(
    server: LoopbackServer,
    mode: str,
    status: str,
    output_access: str,
    status_known: bool,
    access_known: bool,
) -> None:
    payload = {"id": "vid_1", "status": status, "output_access": output_access}
    server.enqueue(Response.json(payload))

    video = get_video(mode, server.url)

    for member, raw, known, enum in [
        (video.status, status, status_known, models.VideoGenerationResponseStatus),
        (
            video.output_access,
            output_access,
            access_known,
            models.VideoGenerationResponseOutputAccess,
        ),
    ]:
        assert isinstance(member, enum)
        assert member == raw and member.value == raw and str(member) == raw
        assert member.is_known is known
        assert member.name == (enum(raw).name if known else "UNKNOWN")
        if known:
            assert member is enum(raw)
    assert video.to_dict() == payload


def test_absent_and_null_are_distinguishable(server: LoopbackServer, mode: str) -> None:
    absent = {"id": "vid_1", "status": "queued"}
    null = {"id": "vid_1", "status": "queued", "generation_id": None}
    server.enqueue(Response.json(absent), Response.json(null))

    got_absent = get_video(mode, server.url)
    got_null = get_video(mode, server.url)

    assert got_absent.generation_id is None and got_null.generation_id is None
    assert "generation_id" not in got_absent.model_fields_set
    assert "generation_id" in got_null.model_fields_set
    assert (
        got_absent.to_dict() == absent and "generation_id" not in got_absent.to_dict()
    )
    assert got_null.to_dict() == null and got_null.to_dict()["generation_id"] is None
    assert json.loads(got_absent.to_json()) == absent
    assert json.loads(got_null.to_json()) == null


@pytest.mark.parametrize(
    "payload",
    [
        {"id": "vid_1", "seconds": 8},
        {"id": "vid_1", "usage": {"cost": 0, "is_byok": False}},
        {"id": "vid_1", "asset": {"duration_seconds": 12}},
    ],
    ids=["seconds", "usage.cost", "asset.duration_seconds"],
)
def test_integral_numbers_round_trip_exactly(
    server: LoopbackServer, payload: dict[str, Any]
) -> None:
    server.enqueue(Response.json(payload))
    video = get_video("sync", server.url)
    assert canonical(video.to_dict()) == canonical(payload)


@pytest.mark.parametrize(
    "payload",
    [
        {"id": "vid_1", "progress": "5"},
        {"id": "vid_1", "started_at": True},
        {"id": "vid_1", "audio": "true"},
        {"id": "vid_1", "audio": 1},
    ],
    ids=["progress-str", "started_at-bool", "audio-str", "audio-int"],
)
def test_off_spec_scalars_are_rejected_or_kept(
    server: LoopbackServer, payload: dict[str, Any]
) -> None:
    server.enqueue(Response.json(payload))
    try:
        video = get_video("sync", server.url)
    except ResponseValidationError:
        return
    assert canonical(video.to_dict()) == canonical(payload)


# -- invalid success bodies ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "prefix"),
    [
        (
            Response.json({"id": "vid_1", "progress": "lots"}),
            "get_video: HTTP 200 response (application/json) does not match the spec at progress: ",
        ),
        (
            Response.json({"id": "vid_1", "outputs": [{"index": "first"}]}),
            "get_video: HTTP 200 response (application/json) does not match the spec at outputs.0.index: ",
        ),
        (
            Response.json({"id": 42}),
            "get_video: HTTP 200 response (application/json) does not match the spec at id: ",
        ),
        (
            Response.json([{"id": "vid_1"}]),
            "get_video: HTTP 200 response (application/json) does not match the spec at body: ",
        ),
        (
            Response.text(
                "<html><body>Bad gateway</body></html>",
                content_type="text/html; charset=utf-8",
            ),
            "get_video: HTTP 200 response (text/html; charset=utf-8) does not match the spec at body: "
            "Invalid JSON",
        ),
        (
            Response(status=200, body=b""),
            "get_video: HTTP 200 response (no content type) does not match the spec at body: Invalid JSON",
        ),
    ],
    ids=["progress", "nested", "id-type", "array", "html", "empty"],
)
def test_invalid_success_body_raises_response_validation_error(
    server: LoopbackServer, mode: str, response: Response, prefix: str
) -> None:
    server.enqueue(response)

    exc = get_video_error(mode, server.url)

    assert type(exc) is ResponseValidationError
    assert not isinstance(
        exc, ValueError
    )  # not a bare pydantic.ValidationError / JSONDecodeError
    assert str(exc).startswith(prefix), str(exc)
    assert exc.operation == "get_video"
    assert exc.status_code == 200 and exc.response.status_code == 200
    assert exc.response.content == response.body
    assert exc.__cause__ is None and exc.__suppress_context__


# -- error statuses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "error_class", "body"),
    [
        (
            Response.json(
                {"error": {"code": "video_not_found", "message": "No such video"}}, 404
            ),
            NotFoundError,
            {"error": {"code": "video_not_found", "message": "No such video"}},
        ),
        (Response(status=404), NotFoundError, None),
        (
            Response.json({"error": {"message": "boom"}}, 500),
            InternalServerError,
            {"error": {"message": "boom"}},
        ),
        (
            Response.text("upstream unavailable", 503),
            InternalServerError,
            "upstream unavailable",
        ),
        (Response.text("short and stout", 418), ApiStatusError, "short and stout"),
        (
            Response.json({"error": "bad key"}, 401),
            AuthenticationError,
            {"error": "bad key"},
        ),
        (
            Response.json({"error": "slow down"}, 429, headers={"Retry-After": "7"}),
            RateLimitError,
            {"error": "slow down"},
        ),
    ],
    ids=["404-json", "404-empty", "500-json", "503-text", "418-text", "401", "429"],
)
def test_error_status_raises_typed_error(
    server: LoopbackServer, mode: str, response: Response, error_class: type, body: Any
) -> None:
    response = dataclasses.replace(
        response, headers=[*response.headers, ("X-Request-Id", "req_err_1")]
    )
    server.enqueue(response)

    exc = get_video_error(mode, server.url, "vid_missing")

    assert type(exc) is error_class
    assert isinstance(exc, ApiStatusError)
    assert (
        str(exc)
        == f"get_video: HTTP {response.status} {HTTPStatus(response.status).phrase}"
    )
    assert exc.operation == "get_video"
    assert exc.status_code == response.status
    assert exc.body == body
    assert isinstance(exc.headers, httpx.Headers)
    assert exc.headers["x-request-id"] == "req_err_1"
    if response.status == 429:
        assert exc.headers["retry-after"] == "7"
    assert exc.response.request.url.raw_path == b"/videos/vid_missing"
    assert API_KEY not in str(exc) and API_KEY not in repr(exc)


# -- request shape: auth, headers, URL -----------------------------------------------------------


def test_request_line_and_headers(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Response.json({"id": "x"}))

    get_video(mode, server.url, "x", own_http=True)

    request = only_request(server)
    assert (request.method, request.target, request.raw_path, request.query) == (
        "GET",
        "/videos/x",
        "/videos/x",
        "",
    )
    assert request.body == b""
    assert request.header_values("Authorization") == [f"Bearer {API_KEY}"]
    assert request.header("Accept") == "application/json"
    assert request.header("Host") == f"127.0.0.1:{server.port}"
    assert request.header("User-Agent") == (
        f"ai_stats_video_status/{ai_stats_video_status.__version__} python-httpx/{httpx.__version__}"
    )


@pytest.mark.parametrize(
    ("passed", "env", "expected"),
    [
        ("sk-explicit", None, "Bearer sk-explicit"),
        (None, "sk-from-env", "Bearer sk-from-env"),
        ("sk-explicit", "sk-from-env", "Bearer sk-explicit"),  # explicit wins
        (None, None, None),  # no credential: no Authorization header at all
    ],
    ids=["explicit", "env", "explicit-over-env", "none"],
)
def test_bearer_token_source(
    server: LoopbackServer,
    mode: str,
    monkeypatch: pytest.MonkeyPatch,
    passed: str | None,
    env: str | None,
    expected: str | None,
) -> None:
    if env is not None:
        monkeypatch.setenv(ENV_API_KEY, env)
    server.enqueue(Response.json({"id": "x"}))

    get_video(mode, server.url, "x", api_key=passed)

    assert only_request(server).header_values("Authorization") == (
        [expected] if expected else []
    )


@pytest.mark.parametrize("client_class", [Client, AsyncClient])
def test_repr_does_not_reveal_the_key(
    monkeypatch: pytest.MonkeyPatch, client_class: type
) -> None:
    monkeypatch.setenv(ENV_API_KEY, "sk-env-secret-999")
    for client in (
        client_class(api_key="sk-secret-123", base_url="http://127.0.0.1:9/v1"),
        client_class(base_url="http://127.0.0.1:9/v1"),
    ):
        text = repr(client)
        assert text == f"{client_class.__name__}(base_url='http://127.0.0.1:9/v1')"
        assert "secret" not in text and "secret" not in str(client)
        if client_class is Client:
            client.close()
        else:
            asyncio.run(client.close())


@pytest.mark.parametrize(
    ("video_id", "raw_path"),
    [
        ("a/../b c", "/videos/a%2F..%2Fb%20c"),
        ("..", "/videos/%2E%2E"),
        (".", "/videos/%2E"),
        ("../../admin", "/videos/..%2F..%2Fadmin"),
        ("x?admin=1#frag", "/videos/x%3Fadmin%3D1%23frag"),
        ("100%", "/videos/100%25"),
        (
            "%2F",
            "/videos/%252F",
        ),  # already-encoded text is encoded again, not passed through
        ("vidéo", "/videos/vid%C3%A9o"),
        ("...", "/videos/..."),
    ],
)
def test_path_parameter_is_one_encoded_segment(
    server: LoopbackServer, mode: str, video_id: str, raw_path: str
) -> None:
    server.enqueue(Response.json({"id": video_id}), Response.json({"id": video_id}))

    assert get_video(mode, server.url, video_id).id == video_id
    assert get_video(mode, server.url + "/v1", video_id).id == video_id

    assert [(r.raw_path, r.query) for r in server.requests] == [
        (raw_path, ""),
        ("/v1" + raw_path, ""),
    ]


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("/v1", "/v1/videos/x"),
        ("/v1/", "/v1/videos/x"),
        ("/api/v2", "/api/v2/videos/x"),
        ("", "/videos/x"),
        ("/", "/videos/x"),
    ],
)
def test_base_url_path_prefix(
    server: LoopbackServer, mode: str, prefix: str, expected: str
) -> None:
    server.enqueue(Response.json({"id": "x"}))

    get_video(mode, server.url + prefix, "x")

    assert only_request(server).target == expected


def test_base_url_from_env(
    server: LoopbackServer, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_BASE_URL, server.url + "/v9")
    server.enqueue(Response.json({"id": "x"}))

    get_video(mode, None, "x")  # type: ignore[arg-type]

    assert only_request(server).target == "/v9/videos/x"


# -- transport failures --------------------------------------------------------------------------


def test_connection_refused_raises_api_connection_error(mode: str) -> None:
    with ClosedPort() as port:
        exc = get_video_error(mode, port.url, "x", own_http=True)

    assert type(exc) is ApiConnectionError
    assert str(exc) == "get_video: connection failed: ConnectError"
    assert isinstance(exc.__cause__, httpx.ConnectError)
    assert exc.request is not None and str(exc.request.url) == f"{port.url}/videos/x"


def test_slow_server_raises_api_timeout_error(
    server: LoopbackServer, mode: str
) -> None:
    server.enqueue(Response.json({"id": "x"}, delay=1.0))

    started = time.monotonic()
    exc = get_video_error(mode, server.url, "x", timeout=0.2, own_http=True)
    elapsed = time.monotonic() - started

    assert type(exc) is ApiTimeoutError
    assert isinstance(exc, ApiConnectionError)
    assert str(exc) == "get_video: request timed out"
    assert isinstance(exc.__cause__, httpx.ReadTimeout)
    assert 0.2 <= elapsed < 0.9
    assert (
        only_request(server).raw_path == "/videos/x"
    )  # it did arrive; the answer was late


@pytest.mark.parametrize(
    ("action", "cause"),
    [
        ("close", httpx.RemoteProtocolError),
        ("reset", httpx.ReadError),
        ("truncate", httpx.RemoteProtocolError),
    ],
)
def test_broken_connection_raises_api_connection_error(
    server: LoopbackServer, mode: str, action: Any, cause: type
) -> None:
    server.enqueue(Response.json(RICH, action=action))

    exc = get_video_error(mode, server.url, "x", own_http=True)

    assert type(exc) is ApiConnectionError
    assert str(exc) == f"get_video: connection failed: {cause.__name__}"
    assert type(exc.__cause__) is cause
    assert only_request(server).raw_path == "/videos/x"


# -- to_datetime ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1700000000, datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        (0, datetime(1970, 1, 1, tzinfo=UTC)),
        (1700000000.25, datetime(2023, 11, 14, 22, 13, 20, 250000, tzinfo=UTC)),
        ("1700000000", datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)),
        ("2024-05-01T10:00:00Z", datetime(2024, 5, 1, 10, tzinfo=UTC)),
        ("2024-05-01T10:00:00z", datetime(2024, 5, 1, 10, tzinfo=UTC)),
        ("2024-05-01T10:00:00", datetime(2024, 5, 1, 10, tzinfo=UTC)),  # no offset: UTC
        (
            "2024-05-01T12:00:00+02:00",
            datetime(2024, 5, 1, 12, tzinfo=timezone(timedelta(hours=2))),
        ),
        (
            "2024-05-01T04:30:00.123456-05:30",
            datetime(
                2024,
                5,
                1,
                4,
                30,
                0,
                123456,
                tzinfo=timezone(-timedelta(hours=5, minutes=30)),
            ),
        ),
    ],
)
def test_to_datetime(value: Any, expected: datetime) -> None:
    result = to_datetime(value)
    assert result == expected
    assert result.utcoffset() == expected.utcoffset()


def test_to_datetime_offset_is_the_same_instant() -> None:
    assert to_datetime("2024-05-01T12:00:00+02:00") == to_datetime(
        "2024-05-01T10:00:00Z"
    )
    assert to_datetime("2024-05-01T12:00:00+02:00").astimezone(UTC) == datetime(
        2024, 5, 1, 10, tzinfo=UTC
    )


@pytest.mark.parametrize(
    "value",
    [
        "garbage",
        "",
        "   ",
        "2024-13-01T00:00:00Z",
        "yesterday",
        "nan",
        float("nan"),
        True,
        False,
    ],
)
def test_to_datetime_rejects_garbage_with_value_error(value: Any) -> None:
    with pytest.raises(ValueError):
        to_datetime(value)


@pytest.mark.parametrize("value", ["inf", "-inf", float("inf"), 10**20, "1e20"])
def test_to_datetime_rejects_out_of_range_with_value_error(value: Any) -> None:
    with pytest.raises(ValueError):
        to_datetime(value)
