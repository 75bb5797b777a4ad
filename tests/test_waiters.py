"""Waiters: `wait_for_video` detected from the seed spec alone, polling a job over loopback HTTP."""

from __future__ import annotations

from typing import Any

import pytest

from tests.runtime_support import mode, run, server  # first: puts the generated packages on the path

import ai_stats_video_status as video  # noqa: E402
from ai_stats_video_status.errors import JobFailedError, WaitTimeoutError  # noqa: E402
from generator.ir import EnumType, Field, ModelType, Primitive  # noqa: E402
from generator.pipeline import load_api  # noqa: E402
from generator.naming import resolve_names  # noqa: E402
from generator.waiters import detect_waiters  # noqa: E402
from loopback import LoopbackServer, Response  # noqa: E402
from tests.runtime_support import ROOT  # noqa: E402


def job(status: str, **fields: Any) -> Response:
    return Response.json({"id": "vid_1", "object": "video", "status": status, **fields})


def test_seed_spec_alone_gets_wait_for_video() -> None:
    api, _ = load_api(ROOT / "specs" / "ai-stats-video-status.yaml")
    (waiter,) = detect_waiters(api, resolve_names(api))
    assert waiter.method_name == "wait_for_video"
    assert (waiter.status_field, waiter.success, waiter.failure) == ("status", ("completed",), ("failed", "cancelled", "expired"))
    assert (waiter.interval_field, waiter.error_field) == ("poll_after_seconds", "error")
    assert callable(video.Client.wait_for_video) and callable(video.AsyncClient.wait_for_video)


def test_walks_queued_processing_completed(server: LoopbackServer, mode: str) -> None:
    server.enqueue(
        job("queued", progress=None, poll_after_seconds=20),
        job("processing", progress=10, poll_after_seconds=15),
        job("processing", progress=60),
        job("completed", progress=100, download_url="https://cdn.example.test/v.mp4"),
    )
    seen: list[tuple[str, int | None]] = []

    outcome = run(
        mode,
        video,
        lambda c: c.wait_for_video("vid_1", poll_interval=7.0, on_progress=lambda r: seen.append((r.status.value, r.progress))),
        base_url=server.url,
    )

    assert outcome.error is None
    assert outcome.value.status == "completed" and outcome.value.download_url == "https://cdn.example.test/v.mp4"
    assert seen == [("queued", None), ("processing", 10), ("processing", 60), ("completed", 100)]
    assert outcome.sleeps == [20.0, 15.0, 7.0]  # the server's poll_after_seconds, else poll_interval
    assert [r.raw_path for r in server.requests] == ["/videos/vid_1"] * 4


@pytest.mark.parametrize("status", ["failed", "cancelled", "expired"])
def test_failure_status_raises_with_the_final_response_and_its_error(server: LoopbackServer, mode: str, status: str) -> None:
    error = {"code": "content_policy", "message": "The prompt was rejected."}
    server.enqueue(job("processing", progress=10, poll_after_seconds=1), job(status, error=error))

    outcome = run(mode, video, lambda c: c.wait_for_video("vid_1"), base_url=server.url)

    assert type(outcome.error) is JobFailedError
    assert str(outcome.error) == f"wait_for_video: the job ended with status {status!r}"
    assert outcome.error.status == status and outcome.error.error == error
    assert outcome.error.last.id == "vid_1" and outcome.sleeps == [1.0]


def test_timeout_raises_wait_timeout_error(server: LoopbackServer, mode: str) -> None:
    server.enqueue(*[job("processing", poll_after_seconds=20)] * 4)

    outcome = run(mode, video, lambda c: c.wait_for_video("vid_1", timeout=50.0), base_url=server.url)

    assert type(outcome.error) is WaitTimeoutError
    assert str(outcome.error) == "wait_for_video: the job is still 'processing' after the timeout"
    assert outcome.sleeps == [20.0, 20.0, 10.0]  # the last sleep ends exactly at the deadline
    assert len(server.requests) == 4


def test_unknown_status_keeps_polling(server: LoopbackServer, mode: str) -> None:
    server.enqueue(job("warming_up"), job("completed"))

    outcome = run(mode, video, lambda c: c.wait_for_video("vid_1", poll_interval=2.0), base_url=server.url)

    assert outcome.value.status == "completed" and outcome.sleeps == [2.0]


@pytest.mark.parametrize(
    ("name", "values", "detected"),
    [
        ("job shape", ("queued", "running", "succeeded", "failed"), True),
        ("only terminal", ("completed", "failed"), False),
        ("no success", ("queued", "failed"), False),
        ("not a status", ("active", "inactive"), False),
    ],
)
def test_detection_needs_running_and_success_values(name: str, values: tuple[str, ...], detected: bool) -> None:
    from generator.waiters import _from_model
    from generator.ir import SchemaDef

    model = ModelType((Field("status", EnumType(values), False, False), Field("id", Primitive("string"), False, False)))
    defs = {"k": SchemaDef("k", "#/k", "Job", None, model)}
    assert (_from_model("k", defs) is not None) is detected, name
