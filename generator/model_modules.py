"""Which module of the generated `models` package each named schema lives in.

Every strongly connected component of the reference graph (a schema → the schemas its
annotation, base class or alias value names) is one module, so the imports between modules
form a DAG: plain top-level imports never cycle, and importing a model loads only the models
it refers to, directly or not. A module is named in snake case after one class it defines (its
only one, mostly; see `context._representative`); names are valid, portable file names and
stay put when unrelated schemas change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.identifiers import avoid, snake_case, unique
from generator.writer import WINDOWS_RESERVED

# Longest module name kept from a schema name: file names must stay well within OS limits.
MAX_MODULE_NAME = 60
# Names the `models/__init__.py` namespace defines: a submodule of the same name would replace
# them when imported (its other names start with `_` or a capital, which module names never do).
_RESERVED_MODULE_NAMES = frozenset({"annotations"}) | WINDOWS_RESERVED


def strongly_connected(nodes: Sequence[str], edges: Mapping[str, Sequence[str]]) -> list[list[str]]:
    """The strongly connected components of a graph, each listed before any that refers to it.

    Tarjan's algorithm, iterative so that deep reference chains cannot exhaust the stack.
    Members keep the order of `nodes`; edges to unknown nodes are ignored.
    """
    position = {node: i for i, node in enumerate(nodes)}
    targets_of = {node: [t for t in edges.get(node, ()) if t in position] for node in nodes}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for root in nodes:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, next_edge = work.pop()
            if next_edge == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            targets = targets_of[node]
            if next_edge < len(targets):
                work.append((node, next_edge + 1))
                target = targets[next_edge]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                components.append(sorted(component, key=position.__getitem__))
    return components


def module_names(representatives: Sequence[str]) -> list[str]:
    """A distinct module name for each component, from the class name that represents it.

    Collisions (`HTTPError` and `HttpError` both give `http_error`) are settled by class name,
    alphabetically: the first keeps the name, the next gets `_2`, … ; snake case never produces
    `_<digit>` itself, so a numbered name never takes another schema's natural one.
    """
    proposed = [_proposed(name) for name in representatives]
    taken: set[str] = set()
    names = [""] * len(representatives)
    for i in sorted(range(len(representatives)), key=lambda i: (proposed[i], representatives[i])):
        names[i] = unique(proposed[i], taken, "_")
    return names


def _proposed(class_name: str) -> str:
    name = snake_case(class_name, fallback="model")[:MAX_MODULE_NAME].rstrip("_")
    return avoid(name, _RESERVED_MODULE_NAMES)
