"""The run cache: a stored run is reused only while every input it read is unchanged."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import jinja2
from jinja2.bccache import bc_magic

from generator.formatcache import FormatCache
from generator.formatting import FormatOptions
from generator.outputcache import OutputCache, generate_cached, run_key
from generator.pipeline import GenerateRequest, generate
from generator.render import _compile_settings, _CompiledTemplates, make_environment
from tests.specbuild import spec_with, write_spec


def _two_file_spec(tmp_path: Path, description: str) -> Path:
    shared = {"Pet": {"type": "object", "description": description, "properties": {"name": {"type": "string"}}}}
    (tmp_path / "shared.json").write_text(json.dumps(shared))
    paths = {
        "/pets": {
            "get": {
                "operationId": "listPets",
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "shared.json#/Pet"}}}}},
            }
        }
    }
    return write_spec(tmp_path, spec_with({}, paths))


def _entries(cache_root: Path) -> list[Path]:
    return sorted(p for p in cache_root.rglob("*.json"))


def test_a_stored_run_equals_a_fresh_one_and_is_reused(tmp_path: Path) -> None:
    spec = _two_file_spec(tmp_path, "A pet.")
    request = GenerateRequest(spec, "pets")
    cache = OutputCache(tmp_path / "cache")
    first = generate_cached(request, cache)
    assert first.inputs == (spec.resolve().parent / "spec.json", spec.resolve().parent / "shared.json")
    # Recorded under the hashes of the files' bytes (those the run parsed).
    assert first.digests == tuple(hashlib.sha256(path.read_bytes()).hexdigest() for path in first.inputs)
    stored = cache.lookup(run_key(request))
    assert stored is not None
    assert stored.files == generate(request).files == first.files
    assert generate_cached(request, cache).files == first.files
    assert len(_entries(tmp_path / "cache")) == 1


def test_a_change_in_a_referenced_file_is_never_served_from_the_cache(tmp_path: Path) -> None:
    spec = _two_file_spec(tmp_path, "A pet.")
    request = GenerateRequest(spec, "pets")
    cache = OutputCache(tmp_path / "cache")
    generate_cached(request, cache)
    _two_file_spec(tmp_path, "A cat.")
    assert cache.lookup(run_key(request)) is None
    again = generate_cached(request, cache)
    assert b"A cat." in again.files["pets/models/pet.py"]
    assert again.files == generate(request).files


def test_a_referenced_file_that_appears_later_is_never_served_from_the_cache(tmp_path: Path) -> None:
    # A discriminator mapping into a missing file only warns; the run read (tried) that file.
    kind = {"type": "object", "properties": {"kind": {"type": "string"}}}
    union = {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}]}
    union["discriminator"] = {"propertyName": "kind", "mapping": {"cat": "other.json#/Cat"}}
    paths = {"/pets": {"get": {"operationId": "getPet", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}}}}
    spec = write_spec(tmp_path, spec_with({"Pet": union, "Cat": kind, "Dog": kind}, paths))
    request, cache = GenerateRequest(spec, "pets"), OutputCache(tmp_path / "cache")
    assert any("points to nothing" in w.message for w in generate_cached(request, cache).warnings)
    (tmp_path / "other.json").write_text(json.dumps({"Cat": {"$ref": "spec.json#/components/schemas/Cat"}}))
    again = generate_cached(request, cache)
    assert again.warnings == generate(request).warnings == ()


def test_options_and_templates_are_part_of_the_key(tmp_path: Path) -> None:
    spec = _two_file_spec(tmp_path, "A pet.")
    base = GenerateRequest(spec, "pets")
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "py.typed.jinja").write_text("")
    with_templates = GenerateRequest(spec, "pets", templates)
    keys = {
        run_key(base),
        run_key(GenerateRequest(spec, "pets2")),
        run_key(GenerateRequest(spec, "pets", format=FormatOptions(line_length=80))),
        run_key(with_templates),
    }
    assert len(keys) == 4
    (templates / "py.typed.jinja").write_text("# typed\n")
    assert run_key(with_templates) not in keys
    assert run_key(GenerateRequest(spec, "pets", format=FormatOptions(jobs=1, unit_lines=0))) == run_key(base)


def test_a_damaged_entry_is_ignored(tmp_path: Path) -> None:
    spec = _two_file_spec(tmp_path, "A pet.")
    request = GenerateRequest(spec, "pets")
    cache = OutputCache(tmp_path / "cache")
    expected = generate_cached(request, cache).files
    for entry in _entries(tmp_path / "cache"):
        entry.write_text(entry.read_text()[:100])
    assert cache.lookup(run_key(request)) is None
    assert generate_cached(request, cache).files == expected


def test_compiled_templates_are_kept_and_never_stale(tmp_path: Path) -> None:
    spec = _two_file_spec(tmp_path, "A pet.")
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "py.typed.jinja").write_text("# one\n")
    cache = FormatCache(tmp_path / "cache")
    request = GenerateRequest(spec, "pets", templates, format=FormatOptions(cache=cache))
    first = generate(request).files
    compiled = sorted(cache.templates_dir.iterdir())
    assert len(compiled) >= 16  # every default template and the user's
    # A user's template edited since it was compiled is compiled again.
    (templates / "py.typed.jinja").write_text("# two\n")
    assert generate(request).files["pets/py.typed"] == b"# two\n"
    # Damaged entries are misses, never errors or wrong output.
    for i, entry in enumerate(sorted(cache.templates_dir.iterdir())):
        entry.write_bytes((bc_magic if i % 2 else b"") + b"not a compiled template")
    (templates / "py.typed.jinja").write_text("# one\n")
    assert generate(request).files == first
    # A cache folder that cannot be made is no cache at all.
    unmakeable = FormatCache(tmp_path / "file")
    (tmp_path / "file").write_text("")
    assert generate(GenerateRequest(spec, "pets", templates, format=FormatOptions(cache=unmakeable))).files == first


def test_compiled_templates_are_keyed_by_how_the_environment_compiles(tmp_path: Path) -> None:
    # Jinja keys compiled code by template name and file only: an environment that compiles
    # differently (another oapigen, other lexer settings) must not load it.
    templates, folder = tmp_path / "templates", tmp_path / "compiled"
    templates.mkdir()
    (templates / "x.jinja").write_text("{% if true %}\nA\n{% endif %}\n")
    assert make_environment(templates, folder).get_template("x.jinja").render() == "A\n"
    other = jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates)), keep_trailing_newline=True)
    other.bytecode_cache = _CompiledTemplates(str(folder), _compile_settings(other))
    assert other.get_template("x.jinja").render() == "\nA\n\n"
