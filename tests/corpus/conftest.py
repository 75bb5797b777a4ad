"""Runs the selected corpus entries once per session, in parallel, for `test_corpus.py`."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.corpus.runner import Entry, Row, run_all

_SELECTED = pytest.StashKey[list[Entry]]()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Remember which corpus entries this session will test, so only those are run."""
    selected = []
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and isinstance(callspec.params.get("entry"), Entry):
            selected.append(callspec.params["entry"])
    config.stash[_SELECTED] = selected


@pytest.fixture(scope="session")
def corpus_rows(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[Entry, Row]]:
    """Every selected entry's row; entries run on all cores (`OAPIGEN_CORPUS_JOBS` to change)."""
    entries = request.config.stash.get(_SELECTED, [])
    jobs = int(os.environ.get("OAPIGEN_CORPUS_JOBS", os.cpu_count() or 1))
    workdir: Path = tmp_path_factory.mktemp("corpus")
    rows = run_all(entries, workdir, jobs)
    yield dict(zip(entries, rows))
