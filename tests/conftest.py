"""Test-session setup shared by every test module."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Every oapigen run in the tests (in-process or a subprocess) uses a throw-away cache,
    never the user's own: results cannot come from, or leak into, a developer's cache."""
    previous = os.environ.get("OAPIGEN_CACHE_DIR")
    os.environ["OAPIGEN_CACHE_DIR"] = str(tmp_path_factory.mktemp("oapigen-cache"))
    yield
    if previous is None:
        os.environ.pop("OAPIGEN_CACHE_DIR", None)
    else:
        os.environ["OAPIGEN_CACHE_DIR"] = previous
