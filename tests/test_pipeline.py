"""The pipeline as a library call: what it leaves behind in the calling process."""

from __future__ import annotations

import gc
import json
import resource
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.diagnostics import SpecError
from generator.formatting import FormatOptions
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


def test_a_run_leaves_none_of_its_model_to_the_collector() -> None:
    # A run's spec, IR and views must be freed as soon as it ends, not kept by a reference cycle
    # until the collector walks them: on GitHub's spec a recursive closure in the context kept
    # 176,000 objects for a 0.1 s collection at the end of every run.
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        assert generate(GenerateRequest(SPEC, format=FormatOptions(formatter="none"))).files
        gc.collect()
        kept = {type(o).__module__ for o in gc.garbage if not isinstance(o, (dict, list, tuple, set))}
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    ours = {module for module in kept if module.startswith("generator.")}
    assert not ours, f"objects of {sorted(ours)} were freed only by the collector"


def _cli_children_cpu(*args: str) -> float:
    """CPU seconds of the processes `oapigen *args`, run in this process, started and waited for."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with pytest.raises(SystemExit) as done:
        main(list(args))
    assert done.value.code == 0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def test_regenerating_a_large_spec_after_a_small_edit_starts_no_worker_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A first generation of a spec over a megabyte starts its black workers while the spec
    # loads; regenerating it (a manifest in the output, the cache on) finds almost everything
    # in the cache, and formats the one changed module in this process.
    monkeypatch.setenv("OAPIGEN_CACHE_DIR", str(tmp_path / "cache"))
    document = yaml.safe_load(SPEC.read_text("utf-8"))
    document["x-padding"] = "x" * 1_100_000  # large, as far as the size of the file goes
    spec, out = tmp_path / "spec.json", tmp_path / "out"
    spec.write_text(json.dumps(document), "utf-8")
    assert _cli_children_cpu("generate", str(spec), "-o", str(out), "-q") > 0
    document["info"]["description"] = "Edited."
    spec.write_text(json.dumps(document), "utf-8")
    assert _cli_children_cpu("generate", str(spec), "-o", str(out), "-q") == 0
    assert "Edited." in (out / "kitchen_sink" / "__init__.py").read_text("utf-8")
