"""Every real spec in the shared corpus generates a client that imports, type-checks and decodes.

One test per MANIFEST entry; the session fixture runs them all in parallel first. Entries whose
run takes minutes are marked `slow` (CI runs them: `.ci/run` runs plain `pytest`). Documents in
`documents_with_errors/` must instead fail with errors that each name a JSON pointer.
"""

from __future__ import annotations

import pytest

from tests.corpus.runner import HEAVY, SPECS, Entry, Row, manifest_entries

ENTRIES = manifest_entries() if (SPECS / "MANIFEST.tsv").is_file() else []


def _param(entry: Entry) -> object:
    marks = [pytest.mark.slow] if entry.path in HEAVY else []
    return pytest.param(entry, id=entry.path, marks=marks)


def test_corpus_is_present() -> None:
    assert len(ENTRIES) >= 70, f"the shared spec corpus is missing from {SPECS}"


@pytest.mark.parametrize("entry", [_param(e) for e in ENTRIES])
def test_entry(entry: Entry, corpus_rows: dict[Entry, Row]) -> None:
    row = corpus_rows[entry]
    assert row.ok, "\n".join(row.problems)
    if entry.expects_error:
        assert row.generate == "located error"
    else:
        assert (row.generate, row.imported, row.mypy) == ("ok", "ok", "ok")
