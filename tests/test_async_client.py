"""`AsyncClient` reuses `Client`'s methods: one line per operation, exact types, real metadata.

The sync methods only prepare a request and hand it to the client; `AsyncMethod`,
`AsyncPagerMethod` and `AsyncStreamMethod` run the same functions on the async classes.
Behaviour over HTTP is covered by every test that runs in both modes (tests/test_client_e2e.py,
tests/test_runtime_*.py, tests/test_waiters.py); here: the shape, the types and introspection.
"""

from __future__ import annotations

import asyncio
import inspect
import pydoc
from typing import Any

import pytest

from tests.mypy_support import mypy_strict
from tests.runtime_support import ROOT  # first: puts the generated packages on the path

import ai_stats_video_status as video  # noqa: E402
from kitchen_sink import client as pets  # noqa: E402
from kitchen_sink._base_client import AsyncMethod  # noqa: E402
from kitchen_sink._pagination import AsyncPagerMethod, AsyncPaginatorsBase, PageRule  # noqa: E402

KITCHEN_SINK = ROOT / "tests" / "cases" / "kitchen-sink" / "expected"
VIDEO = ROOT / "out" / "ai-stats-video-status"


def test_the_async_classes_write_no_operation_out_again() -> None:
    source = (KITCHEN_SINK / "kitchen_sink" / "client.py").read_text(encoding="utf-8")
    assert "async def" not in source
    assert "    get_pet = AsyncMethod(Client.get_pet)\n" in source
    assert "    list_pets = AsyncPagerMethod(Paginators.list_pets)\n" in source
    assert "    upload_photo = AsyncStreamMethod(StreamingResponses.upload_photo)\n" in source
    waiters = (VIDEO / "ai_stats_video_status" / "client.py").read_text(encoding="utf-8")
    assert "    wait_for_video = AsyncMethod(Client.wait_for_video)\n" in waiters


SHARED = [
    (video.Client.get_video, video.AsyncClient.get_video),
    (video.Client.wait_for_video, video.AsyncClient.wait_for_video),
    (pets.Client.list_pets, pets.AsyncClient.list_pets),
    (pets.Paginators.list_pets, pets.AsyncPaginators.list_pets),
    (pets.StreamingResponses.upload_photo, pets.AsyncStreamingResponses.upload_photo),
]


@pytest.mark.parametrize(("sync", "shared"), SHARED, ids=lambda f: f.__qualname__)
def test_an_async_method_has_the_sync_methods_name_signature_and_documentation(sync: Any, shared: Any) -> None:
    assert inspect.signature(shared) == inspect.signature(sync)
    assert (shared.__name__, shared.__doc__, shared.__wrapped__) == (sync.__name__, sync.__doc__, sync)
    assert shared.__qualname__ == shared.__qualname__.split(".")[0] + "." + sync.__name__
    assert shared.__qualname__.startswith("Async")


def test_bound_async_methods_look_like_coroutine_methods() -> None:
    client = video.AsyncClient(base_url="http://127.0.0.1:9")
    try:
        method = client.get_video
        assert inspect.iscoroutinefunction(method) and inspect.iscoroutinefunction(client.wait_for_video)
        assert list(inspect.signature(method).parameters) == ["video_id", "options"]
        assert repr(method).startswith("<bound method AsyncClient.get_video of AsyncClient(")
        help_text = pydoc.render_doc(video.AsyncClient, renderer=pydoc.plaintext)
        assert "async get_video(self, video_id: 'str', *, options: 'RequestOptions | None' = None)" in help_text
        assert "Retrieves the status for a video generation request." in help_text
    finally:
        asyncio.run(client.close())


class _Recorder:
    """The sync half: a method whose parameters are named like the wrappers' own arguments."""

    def echo(self, client: str, *, namespace: str = "n", method: str = "m") -> str:
        return self._send(client + namespace + method)  # type: ignore[attr-defined, no-any-return]

    def pages(self, client: str, *, namespace: str = "n") -> Any:
        return self._pager(client + namespace, PageRule("page", "items", "page"), None)  # type: ignore[attr-defined]


class _AsyncRecorder:
    async def _send(self, text: str) -> str:
        return text

    def _pager(self, endpoint: str, rule: PageRule, options: Any) -> tuple[str, PageRule]:
        return endpoint, rule

    echo = AsyncMethod(_Recorder.echo)
    pages = AsyncPagerMethod(_Recorder.pages)


def test_a_paginator_method_returns_its_pager_without_a_coroutine() -> None:
    client = pets.AsyncClient(base_url="http://127.0.0.1:9")
    try:
        assert not inspect.iscoroutinefunction(client.paginate.list_pets)
        assert type(client.paginate.list_pets(limit=2)).__name__ == "AsyncPager"  # nothing fetched yet
    finally:
        asyncio.run(client.close())


def test_an_operation_parameter_may_be_named_like_the_wrappers_arguments() -> None:
    recorder = _AsyncRecorder()
    assert asyncio.run(recorder.echo(client="c", namespace="s", method="x")) == "csx"  # type: ignore[arg-type]
    assert asyncio.run(recorder.echo("c")) == "cnm"  # type: ignore[arg-type]
    assert recorder.pages(client="c", namespace="s")[0] == "cs"  # type: ignore[index]
    assert issubclass(pets.AsyncPaginators, AsyncPaginatorsBase)


TYPED_USE = """
from ai_stats_video_status import AsyncClient, models
from kitchen_sink import AsyncClient as PetsClient


async def use(client: AsyncClient, pets: PetsClient) -> None:
    video: models.VideoGenerationResponse = await client.get_video("v", options={"timeout": 1.0})
    done: models.VideoGenerationResponse = await client.wait_for_video("v", poll_interval=1.0)
    raw = await pets.with_raw_response.get_pet("p")
    reveal_type(raw.parse())
    async for pet in pets.paginate.list_pets(limit=2):
        reveal_type(pet)
    stream = await pets.with_streaming_response.upload_photo("p", body=b"")
    reveal_type(stream)
    reveal_type(pets.create_pet)
    await pets.get_pet(1)
    await pets.get_pet("p", {"timeout": 1.0})
    await pets.get_pet("p", options={"timeout": "soon"})
    await pets.create_pet()
    await pets.list_pets(nope=1)
    text: str = await pets.get_pet("p")
    pets.get_pet("p").id
    await client.wait_for_video("v", 5.0)
    for item in pets.paginate.list_pets():
        pass
    await pets.with_streaming_response.upload_photo("p")
    await pets.with_raw_response.get_pet(1)
"""


def test_mypy_sees_the_async_methods_with_the_sync_parameters_and_awaited_results(tmp_path: Any) -> None:
    script = tmp_path / "use.py"
    script.write_text(TYPED_USE)
    result = mypy_strict(script, tmp_path, f"{VIDEO}:{KITCHEN_SINK}")
    assert result.stdout.splitlines()[:-1] == [
        'use.py:10: note: Revealed type is "kitchen_sink.models.pet.Pet"',
        'use.py:12: note: Revealed type is "kitchen_sink.models.pet.Pet"',
        'use.py:14: note: Revealed type is "kitchen_sink._streaming.AsyncStreamedResponse"',
        "use.py:15: note: Revealed type is \"def (*, body: kitchen_sink.models.new_pet.NewPet, options: TypedDict(kitchen_sink._base_client.RequestOptions, {'extra_headers'?: typing.Mapping[str, str], 'extra_query'?: typing.Mapping[str, str], 'timeout'?: float | httpx._config.Timeout | None, 'max_retries'?: int, 'idempotency_key'?: str}) | None =) -> typing.Coroutine[Any, Any, kitchen_sink.models.pet.Pet]\"",
        'use.py:16: error: Argument 1 has incompatible type "int"; expected "str"  [arg-type]',
        "use.py:17: error: Too many positional arguments  [call-arg]",
        'use.py:18: error: Argument "options" has incompatible type "dict[str, str]"; expected "RequestOptions | None"  [arg-type]',
        'use.py:19: error: Missing named argument "body"  [call-arg]',
        'use.py:20: error: Unexpected keyword argument "nope"  [call-arg]',
        'use.py:21: error: Incompatible types in assignment (expression has type "Pet", variable has type "str")  [assignment]',
        'use.py:22: error: "Coroutine[Any, Any, Pet]" has no attribute "id"  [attr-defined]',
        'use.py:22: note: Maybe you forgot to use "await"?',
        "use.py:23: error: Too many positional arguments  [call-arg]",
        'use.py:24: error: "AsyncPager[Pet]" has no attribute "__iter__"; maybe "__aiter__"? (not iterable)  [attr-defined]',
        'use.py:26: error: Missing named argument "body"  [call-arg]',
        'use.py:27: error: Argument 1 has incompatible type "int"; expected "str"  [arg-type]',
    ], result.stdout
