"""The generated `models` package loads lazily: a module is imported only when a name needs it.

Each check runs in a fresh interpreter (a subprocess) and reads `sys.modules`; what should be
loaded is worked out independently, from the import statements of the committed golden files.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import __version__
from generator.context import build_context
from generator.diagnostics import SpecError
from generator.directions import apply_directions
from generator.formatting import FormatOptions, FormatSession
from generator.ir import referenced_keys
from generator.model_modules import group_components, module_names, strongly_connected
from generator.naming import resolve_names
from generator.pipeline import GenerateRequest, generate, load_api
from generator.render import render_package
from generator.writer import write_files
from tests.loopback import LoopbackServer, Response
from tests.specbuild import spec_with, write_spec

ROOT = Path(__file__).resolve().parent.parent
GITHUB = ROOT.parent / "shared" / "specs" / "github" / "api.github.com.json"
GATEWAY = ROOT / "out" / "ai-stats-gateway"
FEATURES = ROOT / "tests" / "cases" / "schema-features" / "expected"


def _probe(folder: Path, package: str, code: str) -> dict[str, Any]:
    """Run `code` after `import <package>` in a fresh interpreter; it sets `result`."""
    script = "\n".join(
        [
            "import json, sys",
            f"import {package} as pkg",
            f"def loaded(): return sorted(m.rsplit('.', 1)[1] for m in sys.modules if m.startswith('{package}.models.'))",
            "result = {}",
            code,
            "print(json.dumps(result))",
        ]
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=folder, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def _imports_of(models_dir: Path) -> dict[str, set[str]]:
    """module → the sibling model modules it imports at top level."""
    graph = {}
    for path in models_dir.glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        graph[path.stem] = {n.module for n in tree.body if isinstance(n, ast.ImportFrom) and n.level == 1 and n.module}
    return graph


def _closure(models_dir: Path, names: list[str], graph: dict[str, set[str]] | None = None, index: dict[str, str] | None = None) -> list[str]:
    """The model modules defining `names`, with every module they import, transitively."""
    index = index or _index(models_dir)
    graph = graph or _imports_of(models_dir)
    todo = [index[name] for name in names]
    seen: set[str] = set()
    while todo:
        module = todo.pop()
        if module not in seen:
            seen.add(module)
            todo.extend(graph[module])
    return sorted(seen)


def _index(models_dir: Path) -> dict[str, str]:
    """name → module, from the TYPE_CHECKING imports of models/__init__.py."""
    tree = ast.parse((models_dir / "__init__.py").read_text("utf-8"))
    index = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            index.update({alias.name: node.module for alias in node.names})
    return index


def test_importing_the_package_and_making_a_client_imports_no_model_module() -> None:
    result = _probe(GATEWAY, "ai_stats_gateway", "pkg.Client(api_key='k'); pkg.AsyncClient(api_key='k'); from ai_stats_gateway import models; result['loaded'] = loaded()")
    assert result["loaded"] == []


def test_a_model_imports_only_its_module_and_those_it_refers_to() -> None:
    code = "pkg.models.GenerationResponse; result['attribute'] = loaded()\nfrom ai_stats_gateway.models import ActivityEntry; result['from'] = loaded()"
    result = _probe(GATEWAY, "ai_stats_gateway", code)
    models_dir = GATEWAY / "ai_stats_gateway" / "models"
    assert result["attribute"] == _closure(models_dir, ["GenerationResponse"])
    assert result["from"] == _closure(models_dir, ["GenerationResponse", "ActivityEntry"])
    assert len(result["from"]) < len(_index(models_dir)) / 10


def test_calling_an_operation_imports_only_the_models_of_its_responses() -> None:
    body = {"id": "gen_1", "model": "m", "usage": {"total_tokens": 3}}
    with LoopbackServer() as server:
        server.enqueue(Response.json(body))
        code = (
            f"client = pkg.Client(api_key='k', base_url={server.url!r})\n"
            "result['before'] = loaded()\n"
            "response = client.get_generation(id='gen_1')\n"
            "result['type'] = type(response).__name__\n"
            "result['after'] = loaded()"
        )
        result = _probe(GATEWAY, "ai_stats_gateway", code)
    models_dir = GATEWAY / "ai_stats_gateway" / "models"
    assert result["before"] == []
    assert result["type"] == "GenerationResponse"
    assert result["after"] == _closure(models_dir, ["GenerationResponse", "GetGenerationResponse401", "GetGenerationResponse404"])


def test_importing_the_package_and_creating_a_client_does_not_import_pydantic() -> None:
    # pydantic comes with the first model used; `to_datetime` and `models.BaseModel` bring it.
    code = (
        "import sys\n"
        "client = pkg.Client(api_key='k', base_url='http://127.0.0.1:9')\n"
        "result['before'] = sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core'))\n"
        "result['base'] = pkg.models.BaseModel.__module__\n"
        "result['to_datetime'] = pkg.to_datetime('2024-01-02T03:04:05Z').year\n"
        "result['after'] = 'pydantic' in sys.modules\n"
        "try:\n    pkg.nope\nexcept AttributeError as exc:\n    result['error'] = str(exc)\n"
    )
    result = _probe(GATEWAY, "ai_stats_gateway", code)
    assert result["before"] == []
    assert result["base"] == "ai_stats_gateway._base_model"
    assert result["to_datetime"] == 2024 and result["after"] is True
    assert result["error"] == "module 'ai_stats_gateway' has no attribute 'nope'"


def test_unknown_names_raise_attribute_error_and_dir_lists_every_model() -> None:
    code = (
        "from schema_features import models\n"
        "try:\n    models.Nope\nexcept AttributeError as exc:\n    result['error'] = str(exc)\n"
        "result['dir'] = sorted(set(models.__all__) - set(dir(models)))\n"
        "result['loaded'] = loaded()\n"
    )
    result = _probe(FEATURES, "schema_features", code)
    assert result["error"] == "module 'schema_features.models' has no attribute 'Nope'"
    assert result["dir"] == [] and result["loaded"] == []


@pytest.mark.parametrize(
    ("name", "payload", "check"),
    [
        ("recursive model", {"pet": {"kind": "Dog"}, "at": "x", "children": [{"pet": {"kind": "kitty"}, "at": "y"}]}, "type(value.children[0].pet).__name__ == 'Cat'"),
        ("tagged union alias", {"kind": "Dog", "good": True}, "type(value).__name__ == 'Dog'"),
        ("allOf subclass", {"kind": "kitty", "indoor": True}, "type(value).__name__ == 'Cat'"),
    ],
)
def test_lazily_loaded_models_decode_like_before(name: str, payload: dict[str, Any], check: str) -> None:
    target = {"recursive model": "Adoption", "tagged union alias": "Pet", "allOf subclass": "Cat"}[name]
    code = (
        "import pydantic\n"
        f"value = pydantic.TypeAdapter(getattr(pkg.models, {target!r})).validate_python({payload!r})\n"
        f"result['ok'] = bool({check})\n"
        "result['loaded'] = loaded()"
    )
    result = _probe(FEATURES, "schema_features", code)
    assert result["ok"], name
    assert result["loaded"] == _closure(FEATURES / "schema_features" / "models", [target])


# -- generation ------------------------------------------------------------------------------

PETS = {
    "Owner": {"type": "object", "properties": {"pets": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}}},
    "Pet": {"type": "object", "properties": {"owner": {"$ref": "#/components/schemas/Owner"}}},
    "Toy": {"type": "object", "properties": {"name": {"type": "string"}}},
}


def _files(tmp_path: Path, schemas: dict[str, Any], templates: Path | None = None) -> dict[str, bytes]:
    spec = write_spec(tmp_path, spec_with(schemas))
    return generate(GenerateRequest(spec, "pets", templates=templates)).files


def test_mutually_recursive_models_share_a_module_named_after_the_first_by_name(tmp_path: Path) -> None:
    modules = sorted(p for p in _files(tmp_path, PETS) if p.startswith("pets/models/"))
    assert modules == ["pets/models/__init__.py", "pets/models/owner.py", "pets/models/toy.py"]


def test_a_schema_removed_from_the_spec_removes_its_module(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_files(out, _files(tmp_path, PETS))
    assert (out / "pets" / "models" / "toy.py").is_file()
    report = write_files(out, _files(tmp_path, {k: v for k, v in PETS.items() if k != "Toy"}))
    assert report.removed == ["pets/models/toy.py"]
    assert not (out / "pets" / "models" / "toy.py").exists()
    assert b"Toy" not in (out / "pets" / "models" / "__init__.py").read_bytes()


def test_a_custom_model_module_template_renders_every_module(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "model_module.py.jinja").write_text("# {{ module.name }}: {{ module.names | join(' ') }} after {{ module.dependencies | join(' ') or 'nothing' }}\n")
    shelf = {"type": "object", "properties": {"toys": {"type": "array", "items": {"$ref": "#/components/schemas/Toy"}}}}
    files = _files(tmp_path, {**PETS, "Shelf": shelf}, templates=mine)
    assert files["pets/models/owner.py"] == b"# owner: Owner Pet after nothing\n"
    assert files["pets/models/shelf.py"] == b"# shelf: Shelf after toy\n"
    assert b"from .toy import Toy" in _files(tmp_path, {**PETS, "Shelf": shelf})["pets/models/shelf.py"]


def test_a_template_folder_with_the_retired_models_template_is_refused(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "models.py.jinja").write_text("{{ models }}")
    with pytest.raises(SpecError) as raised:
        _files(tmp_path, PETS, templates=mine)
    [diagnostic] = raised.value.diagnostics
    assert diagnostic.location.endswith("models.py.jinja")
    assert "model_module.py.jinja" in diagnostic.message and "context version 2" in diagnostic.message


# -- grouping and naming ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "nodes", "edges", "want"),
    [
        ("no edges", "abc", {}, [["a"], ["b"], ["c"]]),
        ("chain: dependencies first", "abc", {"a": "b", "b": "c"}, [["c"], ["b"], ["a"]]),
        ("self reference", "ab", {"a": "a"}, [["a"], ["b"]]),
        ("mutual pair in spec order", "xba", {"a": "b", "b": "a"}, [["x"], ["b", "a"]]),
        ("cycle with a tail", "abcd", {"a": "b", "b": "c", "c": "a", "d": "a"}, [["a", "b", "c"], ["d"]]),
        ("unknown targets ignored", "a", {"a": "z"}, [["a"]]),
    ],
)
def test_strongly_connected(name: str, nodes: str, edges: dict[str, str], want: list[list[str]]) -> None:
    assert strongly_connected(list(nodes), {k: list(v) for k, v in edges.items()}) == want, name


def test_strongly_connected_survives_a_chain_deeper_than_the_stack() -> None:
    nodes = [f"n{i}" for i in range(50_000)]
    edges = {a: [b] for a, b in zip(nodes, nodes[1:])}
    assert strongly_connected(nodes, edges)[0] == ["n49999"]


@pytest.mark.parametrize(
    ("name", "classes", "want"),
    [
        ("snake case", ["FullRepository", "HTTPError"], ["full_repository", "http_error"]),
        ("collisions by class name", ["HttpError", "HTTPError", "HTTPError2"], ["http_error_2", "http_error", "http_error2"]),
        ("reserved device names and keywords", ["Con", "Aux", "Class", "Lpt1", "Annotations"], ["con_", "aux_", "class_", "lpt1_", "annotations_"]),
        ("empty after cleaning", ["Model"], ["model"]),
    ],
)
def test_module_names(name: str, classes: list[str], want: list[str]) -> None:
    assert module_names(classes) == want, name


def test_long_module_names_are_cut_and_stay_distinct() -> None:
    cut = "_".join(["very"] * 12)  # the first 60 characters, without the trailing "_"
    assert module_names(["Very" * 40 + "A", "Very" * 40 + "B"]) == [cut, cut + "_2"]


def _groups(nodes: str, edges: dict[str, str], anchors: str) -> list[str]:
    """`group_components` on one-letter nodes: each group's nodes, in order, as one string."""
    components = strongly_connected(list(nodes), {k: list(v) for k, v in edges.items()})
    groups = group_components(components, {k: list(v) for k, v in edges.items()}, set(anchors))
    return ["".join(node for index in group for node in components[index]) for group in groups]


@pytest.mark.parametrize(
    ("name", "nodes", "edges", "anchors", "want"),
    [
        ("a part joins its one referrer", "ab", {"a": "b"}, "a", ["ba"]),
        ("parts of parts, transitively", "abc", {"a": "b", "b": "c"}, "a", ["cba"]),
        ("an anchor keeps its module", "ab", {"a": "b"}, "ab", ["b", "a"]),
        ("two referrers: a module of its own", "abc", {"a": "c", "b": "c"}, "ab", ["c", "a", "b"]),
        ("two referrers in one module: joins it", "abcd", {"a": "bc", "b": "d", "c": "d"}, "a", ["dbca"]),
        ("unreferenced part: a root", "ab", {}, "", ["a", "b"]),
        ("a cycle joins as a whole", "abc", {"a": "b", "b": "c", "c": "b"}, "a", ["bca"]),
        ("one anchor holds its whole cycle", "abc", {"a": "b", "b": "c", "c": "b"}, "ac", ["bc", "a"]),
        ("a part of the root's cycle stays in it", "ab", {"a": "b", "b": "a"}, "a", ["ab"]),
        ("parts below an anchor go to the anchor", "abc", {"a": "b", "b": "c"}, "ab", ["cb", "a"]),
    ],
)
def test_group_components(name: str, nodes: str, edges: dict[str, str], anchors: str, want: list[str]) -> None:
    assert _groups(nodes, edges, anchors) == want, name


GRAPHS = st.integers(1, 9).flatmap(
    lambda n: st.tuples(
        st.just([f"n{i}" for i in range(n)]),
        st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=3 * n),
        st.sets(st.integers(0, n - 1)),
    )
)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(GRAPHS)
def test_grouping_keeps_module_imports_acyclic_and_moves_only_what_one_module_reaches(graph: tuple[list[str], list[tuple[int, int]], set[int]]) -> None:
    nodes, pairs, anchored = graph
    edges: dict[str, list[str]] = {}
    for a, b in pairs:
        edges.setdefault(nodes[a], []).append(nodes[b])
    anchors = {nodes[i] for i in anchored}
    components = strongly_connected(nodes, edges)
    groups = group_components(components, edges, anchors)
    assert sorted(index for group in groups for index in group) == list(range(len(components)))
    module_of = {node: g for g, group in enumerate(groups) for index in group for node in components[index]}
    imports = {g: {module_of[t] for index in group for n in components[index] for t in edges.get(n, ())} - {g} for g, group in enumerate(groups)}
    assert all(len(c) == 1 for c in strongly_connected([str(g) for g in imports], {str(g): [str(t) for t in ts] for g, ts in imports.items()}))
    for g, group in enumerate(groups):
        root = components[group[-1]]
        reached, todo = set(root), list(root)
        while todo:
            found = set(edges.get(todo.pop(), ())) - reached
            reached |= found
            todo.extend(found)
        for index in group[:-1]:  # a part: no anchor, reached from the root, referred to only from its module
            assert not anchors & set(components[index]) and set(components[index]) <= reached
            assert all(module_of[n] == g for n in nodes for t in edges.get(n, ()) if t in components[index])
        referring = {module_of[n] for n in nodes for t in edges.get(n, ()) if t in root and module_of[n] != g}
        assert anchors & set(root) or len(referring) != 1  # a root could not have joined another module


SHOP = {
    "Order": {
        "type": "object",
        "properties": {
            "lines": {"type": "array", "items": {"type": "object", "properties": {"price": {"type": "object", "properties": {"amount": {"type": "number"}}}}}},
            "status": {"type": "string", "enum": ["open", "paid"]},
            "customer": {"$ref": "#/components/schemas/Customer"},
        },
    },
    "Customer": {"type": "object", "properties": {"name": {"type": "string"}}},
}


def _modules(files: dict[str, bytes]) -> dict[str, list[str]]:
    """model module → the names of the classes it defines, sorted."""
    found = {}
    for path, content in files.items():
        if path.startswith("pets/models/") and not path.endswith("__init__.py"):
            tree = ast.parse(content)
            found[path.rsplit("/", 1)[1]] = sorted(n.name for n in tree.body if isinstance(n, ast.ClassDef))
    return found


def test_inline_parts_join_their_schemas_module_and_named_schemas_keep_their_own(tmp_path: Path) -> None:
    files = _files(tmp_path, SHOP)
    assert _modules(files) == {
        "customer.py": ["Customer"],
        "order.py": ["Order", "OrderLinesItem", "OrderLinesItemPrice", "OrderStatus"],
    }
    order = files["pets/models/order.py"].decode()
    assert order.startswith('"""Models of Test API: Order and 3 more."""\n')
    # Each class after those it names; the public names are listed once, in `models/__init__.py`.
    assert order.index("class OrderLinesItemPrice(") < order.index("class OrderLinesItem(") < order.index("class Order(")
    assert "__all__" not in order
    assert _modules(_files(tmp_path, {**SHOP, "Zebra": {"type": "object", "properties": {"z": {"type": "object"}}}}))["order.py"] == _modules(files)["order.py"]


def test_an_inline_part_two_schemas_refer_to_keeps_a_module_of_its_own(tmp_path: Path) -> None:
    part = {"type": "object", "properties": {"x": {"type": "integer"}}}
    schemas = {
        "Left": {"type": "object", "properties": {"shared": part}},
        "Right": {"type": "object", "properties": {"other": {"$ref": "#/components/schemas/Left/properties/shared"}}},
    }
    # A `$ref` target is named by the spec: it keeps its module even with one referrer.
    assert _modules(_files(tmp_path, schemas)) == {"left.py": ["Left"], "left_shared.py": ["LeftShared"], "right.py": ["Right"]}


@pytest.mark.slow
def test_github_modules_import_acyclically_and_a_model_loads_exactly_its_closure(tmp_path: Path) -> None:
    assert GITHUB.is_file(), f"{GITHUB} is missing: clone the project with shared/ beside it"
    api, _ = load_api(GITHUB)
    api = apply_directions(api)
    names = resolve_names(api)
    context = build_context(api, names, "gh", __version__)
    with FormatSession(FormatOptions(formatter="none")) as formatter:
        write_files(tmp_path, render_package(context, None, formatter))
    models_dir = tmp_path / "gh" / "models"
    graph, index = _imports_of(models_dir), _index(models_dir)
    assert len(graph) == len(context.model_modules) + 1 < len(api.schemas) / 3
    # No module imports one that imports it back, directly or not.
    assert all(len(c) == 1 for c in strongly_connected(sorted(graph), {m: sorted(i) for m, i in graph.items()}))
    # A schema the spec names loads the schemas it refers to, directly or not, and no others.
    defs = {d.key: d for d in api.schemas}
    module_names_of = {module.name: set(module.names) for module in context.model_modules}
    for definition in api.schemas:
        if definition.parent is not None:
            continue
        reached, todo = {definition.key}, [definition.key]
        while todo:
            for key in referenced_keys(defs[todo.pop()].schema):
                if key not in reached:
                    reached.add(key)
                    todo.append(key)
        loaded = set().union(*(module_names_of[m] for m in _closure(models_dir, [names.classes[definition.key]], graph, index)))
        assert loaded == {names.classes[key] for key in reached}, definition.key
    # And at run time, a model loads exactly the modules its module imports, transitively.
    for name in ["FullRepository", "WebhookPullRequestEnqueuedPullRequestLinksIssue", "SimpleUser"]:
        result = _probe(tmp_path, "gh", f"pkg.models.{name}; result['loaded'] = loaded()")
        assert result["loaded"] == _closure(models_dir, [name], graph, index), name
