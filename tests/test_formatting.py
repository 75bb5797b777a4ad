"""Formatting: pieces, processes and the cache never change what black would write."""

from __future__ import annotations

import gc
import os
import shutil
from pathlib import Path

import black
import pytest

from generator.diagnostics import SpecError
from generator.formatcache import FormatCache, cache_key
from generator.formatting import FormatOptions, FormatSession, _scratch_folder, format_sources, formatter_id
from generator.pieces import Unit, chain, split_units
from generator.pipeline import GenerateRequest, generate

ROOT = Path(__file__).resolve().parent.parent
KITCHEN_SINK = ROOT / "tests" / "cases" / "kitchen-sink"


def black_whole(source: str, line_length: int = 100) -> str:
    mode = black.Mode(target_versions={black.TargetVersion.PY310}, line_length=line_length)
    return black.format_str(source, mode=mode)


# Modules whose top-level statements meet at every kind of seam black treats specially.
SEAMS = [
    ("classes, two blank lines", "class A:\n  x:int=1\n\n\nclass B( object ):\n  y=[1,\n2]\n"),
    ("classes, one blank line", "class A:\n  x = 1\n\nclass B:\n  y = 2\n"),
    ("classes, no blank line", "class A:\n  x = 1\nclass B:\n  y = 2\n"),
    ("many blank lines", "class A:\n  x = 1\n\n\n\n\n\ndef f(): return 1\n"),
    ("docstring-only class", 'class A:\n    """Doc."""\n\n\nclass B:\n    """Doc."""\n\n\nclass C: pass\n'),
    ("stub defs", "def f(): ...\ndef g(): ...\n\ndef h(): ...\n\n\nasync def i(): ...\n"),
    ("decorated", "def f(): ...\n@overload\ndef f(x): ...\n\n@dec\nclass C: ...\n\n\nclass D: ...\n"),
    ("comments between", "class A:\n  x = 1\n# about B\nclass B: ...\n\n# floating\n\nclass C: ...\n"),
    ("trailing indented comment", "class A:\n  x = 1\n  # end of A\n\n\nclass B: ...\n"),
    ("fmt off", "class A:\n  x = 1\n\n\n# fmt: off\nclass B:\n  y = [1,2,\n    3]\n# fmt: on\n\n\nclass C: ...\n"),
    ("form feed", "class A: ...\n\n\x0c\nclass B: ...\n"),
    ("string with a class inside", 'X = """\n\n\nclass Fake:\n"""\n\n\nclass A: ...\n\n\nclass B: ...\n'),
    ("module docstring then class", '"""Module."""\nclass A: ...\n\n\nclass B: ...\n'),
    ("long lines", "def f(aaaaaaaaaaaa, bbbbbbbbbbbbbbbbb, ccccccccccccccccccc, ddddddddddddddddd, eeeeeeeeeeee): ...\n\n"
     "def g(): return {'k': [1, 2, 3], 'long_key_number_two': 'long value ' * 10, 'key_three': (1, 2)}\n"),
    ("magic trailing comma", "def f(a,): ...\n\n\ndef g(\n    a, b\n): return (1,)\n"),
    ("CRLF", "class A:\r\n  x = 1\r\n\r\n\r\nclass B: ...\r\n"),
    (
        "quotes",
        """x = ['a', "b", 'c\\\\d', 'it"s', "it's", b'x', 'a' 'b', f'{d["k"]}', f'{x!r}', r'\\d', '',\n"""
        """    '''triple''', u'u', 'é', '\\'']\nclass A:\n  'doc'\n  k: dict = {'k': 'v'}\n"""
        """  def f(self) -> 'A':\n    '''Doc.'''\n    return g('x', y='é')\n""",
    ),
    ("yapf disable", "x = [\n  'a',  'b']  # yapf: disable\ny = 'c'\n"),
    ("methods", "class A:\n  def f(self): return 1\n  def g(self):\n    return 2\n\n\n\n  async def h(self): ...\n\n  def i(self): pass\nclass B: ...\n"),
    ("methods with stubs", "class A:\n    def f(self): ...\n\n    def g(self): ...\n    def h(self): ...\n\nx = 1\n"),
    ("methods and comments", "class A:\n    def f(self): ...\n    # about g\n    def g(self): ...\n\n    # floating\n\n    def h(self):\n        x = 1\n        # end of h\n\n    def i(self): ...\n"),
    ("nested classes", "class A:\n    class B:\n        def f(self): ...\n\n        def g(self): ...\n\n    def h(self): ...\n\n    def i(self): ...\n"),
    ("method then class", "class A:\n    def f(self):\n        pass\n\n    def g(self): pass\n\n\n\nclass B:\n    def h(self): ...\n"),
    ("docstring then methods", 'class A:\n    """Doc."""\n    def f(self): ...\n\n    def g(self): ...\n'),
    ("class assignments", "class A:\n  a = f( 1 )\n  b:int=2\n\n\n\n  c = 3\n  d = [\n    1]\n  e = 'x'\n  def g(self): ...\n  h = 1\n  i = 2\nclass B:\n  x=1\n  y=2\n"),
    ("assignments after a docstring and decorators", 'class A:\n  """Doc."""\n  a = 1\n  b = 2\n  @property\n  def c(self): ...\n  d = 1\n  e = 2\n'),
    ("long assignments", "class A:\n  " + "\n  ".join(f"name_{i} = SomeDescriptor(SomeClient.operation_with_a_long_name_{i}, 'x' * {i})" for i in range(6)) + "\n"),
    ("non-class statements", "import os\nclass A: ...\nx = 1\nclass B: ...\nif x:\n  pass\nclass C: ...\n"),
]


@pytest.mark.parametrize(("source"), [s for _, s in SEAMS], ids=[n for n, _ in SEAMS])
def test_formatting_in_pieces_equals_black_on_the_whole_module(source: str) -> None:
    options = FormatOptions(unit_lines=0, jobs=1)
    assert format_sources({"m.py": source}, options) == {"m.py": black_whole(source)}


def _chainable_atoms() -> list[str]:
    sources = [source for _, source in SEAMS] + [black_whole(source) for _, source in SEAMS if "\r" not in source]
    return sorted({unit.text for source in sources for unit in split_units(source, 0) if unit.chainable})


def test_a_chain_black_leaves_as_it_is_holds_only_atoms_it_leaves_as_they_are() -> None:
    atoms = _chainable_atoms()
    assert len(atoms) > 20
    stable = {atom for atom in atoms if black_whole(atom) == atom}
    assert 0 < len(stable) < len(atoms)  # both kinds
    for first in atoms:
        for second in atoms:
            text = chain([first, second])
            if black_whole(text) == text:
                assert first in stable and second in stable, text
            elif first in stable and second in stable:
                pytest.fail(f"a chain of atoms black leaves as they are was changed:\n{text}")


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_atom_black_changes_among_many_it_does_not_is_formatted_as_alone(jobs: int) -> None:
    # Most chains pass black unchanged; the one holding the sloppy class does not, and from
    # there on the atoms are formatted one by one: every module still comes out as black's.
    stable = "".join(f'class Model{i}(Base):\n    """{"Text. " * 40}"""\n\n    value: int = {i}\n    other: str\n\n\n' for i in range(400))
    sloppy = "class Sloppy( Base ):\n  value:int=1\n  other = { 'a':1 }\n\n\n"
    sources = {"a.py": "import os\n\n\n" + stable + sloppy + stable.rstrip("\n") + "\n", "b.py": stable.rstrip("\n") + "\n"}
    assert sum(map(len, sources.values())) > 200_000  # enough for the pool when jobs=2
    formatted = format_sources(sources, FormatOptions(jobs=jobs, unit_lines=50))
    assert formatted == {path: black_whole(text) for path, text in sources.items()}
    assert gc.isenabled()


def test_a_module_is_cut_only_between_plain_classes_and_functions() -> None:
    source = "import os\n\n\nclass A: ...\n\n\n@d\nclass B: ...\n\n\nclass C: ...\n\n\ndef f(): ...\n\n\nclass D: ...\nx = 1\n"
    assert split_units(source, 0) == [
        Unit("import os\n\n\nclass A: ...\n\n\n@d\nclass B: ...\n\n\nclass C: ...\n"),
        Unit("def f(): ...\n", chainable=True),
        Unit("class D: ...\nx = 1\n"),  # ends with a statement that is not a class or function
    ]


def test_an_atom_followed_by_a_comment_at_the_end_of_the_module_is_not_chained() -> None:
    # Black moves or keeps a last comment depending on what follows it: alone nothing does.
    source = "class A: ...\n\n\nclass B:\n    x = 1\n    # end of B\n"
    assert [unit.chainable for unit in split_units(source, 0)] == [False, False]
    assert [unit.chainable for unit in split_units(source.replace("    # end of B\n", ""), 0)] == [False, True]


def test_a_class_is_cut_only_between_plain_methods() -> None:
    source = "class A:\n    x = 1\n\n    def f(self): ...\n\n    def g(self): ...\n    def h(self): ...\n\n    @d\n    def i(self): ...\n\n    def j(self): ...\n"
    assert split_units(source, 0) == [
        Unit("class A:\n    x = 1\n\n    def f(self): ...\n"),
        Unit("class _:\n    def g(self): ...\n    def h(self): ...\n\n    @d\n    def i(self): ...\n\n    def j(self): ...\n", nested=True, blank_lines=1, chainable=True),
    ]


def test_a_class_is_cut_between_one_line_assignments_keeping_their_spacing() -> None:
    source = "class A:\n    def f(self): ...\n    a = m(1)\n    b: int = 2\n\n    c = 3\n    # about d\n    d = (\n        4\n    )\n    e = 5\n"
    assert split_units(source, 0) == [
        Unit("class A:\n    def f(self): ...\n    a = m(1)\n"),
        Unit("class _:\n    b: int = 2\n", nested=True, blank_lines=0, chainable=True),
        Unit("class _:\n    c = 3\n    # about d\n    d = (\n        4\n    )\n    e = 5\n", nested=True, blank_lines=1, chainable=True),
    ]


def test_generated_client_formatted_in_pieces_and_processes_equals_one_piece_in_process() -> None:
    spec = KITCHEN_SINK / "spec.yaml"
    whole = generate(GenerateRequest(spec, "kitchen_sink", format=FormatOptions(unit_lines=10**9, jobs=1))).files
    pieces = generate(GenerateRequest(spec, "kitchen_sink", format=FormatOptions(unit_lines=0, jobs=2))).files
    assert pieces == whole
    committed = KITCHEN_SINK / "expected"
    assert all((committed / path).read_bytes() == content for path, content in pieces.items())


def test_parallel_formatting_equals_serial() -> None:
    source = "".join(f'class Model{i}(Base):\n  """{"Text. " * 40}"""\n  value:int=1\n\n\n' for i in range(900))
    assert len(source) > 200_000  # big enough to be worth a process pool
    small = source[: source.index("class Model10(")]
    serial = format_sources({"a.py": source, "b.py": small}, FormatOptions(jobs=1))
    parallel = format_sources({"a.py": source, "b.py": small}, FormatOptions(jobs=2, unit_lines=50))
    assert parallel == serial
    assert serial["a.py"] == black_whole(source)


def test_cached_output_is_byte_identical_to_uncached(tmp_path: Path) -> None:
    cache = FormatCache(tmp_path / "cache")
    uncached = generate(GenerateRequest(KITCHEN_SINK / "spec.yaml")).files
    cold = generate(GenerateRequest(KITCHEN_SINK / "spec.yaml", format=FormatOptions(cache=cache, unit_lines=0))).files
    entries = sorted(p for p in (tmp_path / "cache").rglob("*") if p.is_file())
    assert len(entries) > 3
    warm = generate(GenerateRequest(KITCHEN_SINK / "spec.yaml", format=FormatOptions(cache=cache, unit_lines=0))).files
    assert cold == uncached
    assert warm == uncached
    assert sorted(p for p in (tmp_path / "cache").rglob("*") if p.is_file()) == entries  # all hits


def test_after_an_edit_only_the_edited_piece_is_formatted_again(tmp_path: Path) -> None:
    def module(description: str) -> str:
        return f'class A:\n  """{description}"""\n\n\nclass B:\n  x=1\n\n\nclass C:\n  y=2\n'

    cache = FormatCache(tmp_path)
    options = FormatOptions(cache=cache, unit_lines=0)
    format_sources({"m.py": module("One.")}, options)
    before = {p for p in tmp_path.rglob("*") if p.is_file()}
    assert len(before) == 4  # three pieces and the module
    edited = format_sources({"m.py": module("Two.")}, options)
    assert edited == {"m.py": black_whole(module("Two."))}
    assert len({p for p in tmp_path.rglob("*") if p.is_file()} - before) == 2  # piece A and the module


def test_damaged_or_deleted_cache_entries_are_not_used(tmp_path: Path) -> None:
    cache = FormatCache(tmp_path)
    source = "class A:\n  x=1\n\n\nclass B:\n  y=2\n"
    options = FormatOptions(cache=cache, unit_lines=0)
    expected = format_sources({"m.py": source}, options)
    for entry in (p for p in tmp_path.rglob("*") if p.is_file()):
        entry.write_bytes(entry.read_bytes().replace(b"x = 1", b"x = 2"))
    assert format_sources({"m.py": source}, options) == expected
    shutil.rmtree(tmp_path)
    assert format_sources({"m.py": source}, options) == expected


def test_cache_is_keyed_by_formatter_version_and_options(tmp_path: Path) -> None:
    source = "def f(argument_one, argument_two, argument_three): return [argument_one, argument_two]\n"
    cache = FormatCache(tmp_path)
    assert format_sources({"m.py": source}, FormatOptions(cache=cache)) == {"m.py": black_whole(source)}
    narrow = format_sources({"m.py": source}, FormatOptions(line_length=40, cache=cache))
    assert narrow == {"m.py": black_whole(source, 40)}
    ident = formatter_id(FormatOptions())
    assert black.__version__ in ident
    older = ident.replace(black.__version__, "0.0.1")
    cache.put(cache_key(source, older), "from an older black\n")
    assert cache.get(cache_key(source, ident)) != "from an older black\n"
    assert format_sources({"m.py": source}, FormatOptions(cache=cache)) == {"m.py": black_whole(source)}


def test_invalid_python_is_reported_with_the_file_path() -> None:
    source = "class A:\n  x = 1\n\n\nclass B(:\n  y = 2\n"
    with pytest.raises(SpecError) as raised:
        format_sources({"pkg/models.py": source}, FormatOptions(unit_lines=0))
    assert raised.value.diagnostics[0].location == "pkg/models.py"
    assert "line 5" in raised.value.diagnostics[0].message or "5:" in raised.value.diagnostics[0].message


ruff = pytest.importorskip("ruff", reason="the ruff extra is not installed")


def test_ruff_formats_generated_code_and_reports_invalid_python() -> None:
    source = "class A:\n  x:int=1\n\n\nclass B( object ):\n  y=[1,\n2]\n"
    formatted = format_sources({"m.py": source}, FormatOptions(formatter="ruff"))["m.py"]
    assert formatted == "class A:\n    x: int = 1\n\n\nclass B(object):\n    y = [1, 2]\n"
    with pytest.raises(SpecError):
        format_sources({"m.py": "def f(:\n"}, FormatOptions(formatter="ruff"))


def test_ruff_formats_many_modules_at_once_as_one_by_one() -> None:
    sources = {f"m{i}.py": f"class A{i}( object ):\n  x:int={i}\n" for i in range(5)}
    together = format_sources(sources, FormatOptions(formatter="ruff"))
    alone = {path: format_sources({path: text}, FormatOptions(formatter="ruff"))[path] for path, text in sources.items()}
    assert together == alone
    assert together["m3.py"] == "class A3(object):\n    x: int = 3\n"
    with pytest.raises(SpecError) as raised:
        format_sources({**sources, "bad.py": "def f(:\n"}, FormatOptions(formatter="ruff"))
    assert raised.value.diagnostics[0].location == "bad.py"


def test_ruff_in_background_batches_formats_as_one_by_one() -> None:
    # Over a megabyte, so ruff runs on batches in the background while modules are still added.
    doc = "Text. " * 150
    sources = {f"m{i}.py": f"class A{i}( object ):\n  '''{doc}'''\n  x:int={i}\n" for i in range(1300)}
    assert sum(map(len, sources.values())) > 1_100_000
    together = format_sources(sources, FormatOptions(formatter="ruff"))
    alone = format_sources({"m7.py": sources["m7.py"]}, FormatOptions(formatter="ruff"))["m7.py"]
    assert alone.startswith('class A7(object):\n    """Text.')
    for path, text in together.items():  # each as ruff formats it alone (m7's text, renumbered)
        number = path[1:-3]
        assert text == alone.replace("class A7(", f"class A{number}(").replace("= 7\n", f"= {number}\n")
    with pytest.raises(SpecError) as raised:
        format_sources({**sources, "bad.py": "def f(:\n"}, FormatOptions(formatter="ruff"))
    assert [d.location for d in raised.value.diagnostics] == ["bad.py"]


def test_pieces_of_formatted_output_are_left_as_they_are_by_black() -> None:
    # Black formats a second time whenever its first pass changed the text, so a piece that is
    # already in its style costs one pass: the pieces of formatted output must be such pieces.
    for module in sorted((KITCHEN_SINK / "expected").rglob("*.py")):
        units = [unit.text for unit in split_units(module.read_text(encoding="utf-8"), 0)]
        assert units == [black_whole(unit) for unit in units], module


@pytest.mark.parametrize("spec", [KITCHEN_SINK / "spec.yaml", ROOT / "specs" / "ai-stats-gateway.yaml"], ids=["kitchen-sink", "gateway"])
def test_templates_write_code_as_black_would(spec: Path) -> None:
    # Rendered in black's layout (generator/layout.py, runtime templates kept formatted), each
    # piece costs black one pass instead of two.
    files = generate(GenerateRequest(spec, "pkg", format=FormatOptions(formatter="none"))).files
    modules = {path: content.decode("utf-8") for path, content in files.items() if path.endswith(".py")}
    assert len(modules) > 12
    changed = [
        (path, unit.text)
        for path, source in sorted(modules.items())
        for unit in split_units(source, 0)
        if black_whole(unit.text) != unit.text
    ]
    assert changed == []


def test_invalid_python_beside_work_for_the_pool_is_reported_with_its_path() -> None:
    big = "".join(f"class Model{i}:\n    value: int = {i}\n\n\n" for i in range(8000))
    assert len(big) > 200_000  # enough to start the process pool
    with pytest.raises(SpecError) as raised:
        format_sources({"pkg/big.py": big, "pkg/bad.py": "def broken(:\n    pass\n"}, FormatOptions(jobs=2, unit_lines=50))
    assert [d.location for d in raised.value.diagnostics] == ["pkg/bad.py"]


def test_a_pool_started_before_any_work_formats_it_as_in_process() -> None:
    sources = {"a.py": "class A:\n  x=1\n\n\n\nclass B: pass\n", "b.py": "def f(a,b): return {'k':a}\n"}
    with FormatSession(FormatOptions(jobs=2)) as session:
        session.start_pool()  # as for a big spec, before it is loaded
        for path, text in sources.items():
            session.add(path, text)
        assert session.finish() == {path: black_whole(text) for path, text in sources.items()}


def test_ruff_scratch_files_go_to_memory_only_with_room_to_spare() -> None:
    # A container's /dev/shm may hold only 64 MB: more than half of it is never asked for.
    assert _scratch_folder(10**15) is None
    in_memory = os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) and not os.environ.get("TMPDIR")
    assert _scratch_folder(1_000) == ("/dev/shm" if in_memory else None)
