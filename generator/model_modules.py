"""Which module of the generated `models` package each named schema lives in.

Start from the strongly connected components of the reference graph (a schema → the schemas
its annotation, base class or alias value names): with one module each, the imports between
modules form a DAG (the condensation of the graph), so plain top-level imports never cycle, and
importing a model loads only the models it refers to, directly or not.

Most components are one small inline schema (the `links` object of a webhook payload) that
only the schema around it refers to. Components are therefore grouped (`group_components`):
taking them referrers first, a component that every reference reaches from one and the same
module joins that module, so a module is a root component and the inline parts only it uses.
A component stays a root when any of its schemas is an *anchor* (`context.py` decides): named
by the spec (a component or `$ref` target, which callers import by name) or by an operation.
Moving a non-anchor costs nothing: the module referring to it imported it anyway, and nothing
else can reach it. Moving a named schema that one other refers to would make importing it load
that other and all it refers to, for little gain (on GitHub's spec, 152 of 7,104 components).

The imports stay acyclic. Merging a node `v` whose only predecessor is `p` into `p` cannot
create a cycle: a cycle through the merged node enters it by an edge `x → p` (`v` has no other
predecessor) and leaves it by `p → y` or `v → y`, and the rest of it is a path `y ⇝ x` outside
both; then `x → p (→ v) → y ⇝ x` was a cycle already. Each grouping step is such a merge, in
the graph of the modules formed so far: the component's referrers, all in one module, are its
only predecessor there. So the modules' imports form a DAG at every step. And importing any
model of a module loads that module and those it imports, transitively; for a root's own
models that is exactly the schemas they refer to, as before, in fewer files.

A module is named in snake case after one class of its root component (its only one, mostly;
see `context._representative`); names are valid, portable file names and stay put when
unrelated schemas change.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

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


def group_components(
    components: Sequence[Sequence[str]], edges: Mapping[str, Sequence[str]], anchors: Collection[str]
) -> list[list[int]]:
    """Which components share a module: groups of indices into `components`.

    `components` are as `strongly_connected` lists them, each before any that refers to it. A
    component with no member in `anchors`, referred to by other components that all belong to
    one group, joins that group (see the top of this module). Each group lists its components in
    the given order, so its root, which refers to all the others, comes last; groups are in the
    order of their roots.
    """
    component_of = {node: index for index, members in enumerate(components) for node in members}
    referrers: list[set[int]] = [set() for _ in components]
    for index, members in enumerate(components):
        for node in members:
            for target in edges.get(node, ()):
                if target in component_of and component_of[target] != index:
                    referrers[component_of[target]].add(index)
    root = list(range(len(components)))
    for index in reversed(range(len(components))):  # referrers first: a referrer comes later
        homes = {root[referrer] for referrer in referrers[index]}
        if len(homes) == 1 and not any(node in anchors for node in components[index]):
            root[index] = homes.pop()
    groups: dict[int, list[int]] = {}
    for index in range(len(components)):
        groups.setdefault(root[index], []).append(index)
    return [groups[index] for index in sorted(groups)]


def module_names(representatives: Sequence[str]) -> list[str]:
    """A distinct module name for each group, from the name of the class it is named after.

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
