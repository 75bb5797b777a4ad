"""The pipeline as a library call: what it leaves behind in the calling process."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from generator.diagnostics import SpecError
from generator.pipeline import GenerateRequest, generate

SPEC = Path(__file__).parent / "cases" / "kitchen-sink" / "spec.yaml"


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_left_as_it_was(enabled: bool, tmp_path: Path) -> None:
    # The run pauses the collector (it would walk the spec, IR and sources over and over).
    (gc.enable if enabled else gc.disable)()
    try:
        assert generate(GenerateRequest(SPEC)).files
        assert gc.isenabled() is enabled
        broken = tmp_path / "broken.yaml"
        broken.write_text("openapi: 3.1.0\npaths: [\n", encoding="utf-8")
        with pytest.raises(SpecError):
            generate(GenerateRequest(broken))
        assert gc.isenabled() is enabled
    finally:
        gc.enable()
