"""Shared helpers for the tests of the generated client runtime (tests/test_runtime_*.py).

`run(mode, module, call, **client_kwargs)` builds the module's sync `Client` or async
`AsyncClient` against a loopback server, with an injected `sleep` that records each wait instead
of waiting (and a clock that advances only by those waits), runs `call(client)` (awaiting it in async mode) and returns the outcome and the waits.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
for _path in (ROOT / "out" / "ai-stats-video-status", ROOT / "tests" / "cases" / "kitchen-sink" / "expected", ROOT / "tests"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from loopback import LoopbackServer  # noqa: E402 - importable once the paths above are set

API_KEY = "sk-live-SECRET-0123456789"
MODES = ("sync", "async")


@dataclass
class Outcome:
    """What a call gave: its value or the exception it raised, and the waits it asked for."""

    value: Any = None
    error: BaseException | None = None
    sleeps: list[float] = field(default_factory=list)


def run(mode: str, module: Any, call: Callable[[Any], Any], **client_kwargs: Any) -> Outcome:
    """Run `call(client)` with a fresh client of `module` in the given mode."""
    outcome = Outcome()
    client_kwargs.setdefault("api_key", API_KEY)
    client_kwargs.setdefault("timeout", 5.0)
    client_kwargs.setdefault("clock", lambda: sum(outcome.sleeps))  # time passes only by sleeping
    if mode == "sync":
        try:
            with module.Client(sleep=outcome.sleeps.append, **client_kwargs) as client:
                outcome.value = call(client)
        except Exception as exc:  # noqa: BLE001 - the test asserts on it
            outcome.error = exc
        return outcome

    async def sleep(seconds: float) -> None:
        outcome.sleeps.append(seconds)

    async def main() -> None:
        async with module.AsyncClient(sleep=sleep, **client_kwargs) as client:
            outcome.value = await call(client)

    try:
        asyncio.run(main())
    except Exception as exc:  # noqa: BLE001 - the test asserts on it
        outcome.error = exc
    return outcome


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    """A loopback server that must have answered every request it got, as scripted."""
    with LoopbackServer() as srv:
        yield srv
    assert srv.errors == []
    assert srv.pending == 0


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    """Each test runs once with the sync `Client` and once with the `AsyncClient`."""
    return str(request.param)
