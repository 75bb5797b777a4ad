"""The data templates receive: IR plus names, annotations, literals and docstrings, computed here.

Templates never see the raw spec. Every string that came from the spec is either a validated
identifier (from the naming pass) or has been made safe here (`*_literal` fields are Python
literals made with `repr`; `docstring` fields are escaped for triple-quoted strings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator import layout
from generator.config import PaginationConfig, WaiterConfig
from generator.identifiers import snake_case
from generator.ir import (
    Api,
    Content,
    EnumType,
    Field,
    ModelType,
    Operation,
    Parameter,
    Response,
    SchemaDef,
    referenced_keys,
)
from generator.layout import Brackets
from generator.literals import docstring_text, python_literal
from generator.model_modules import group_components, module_names, strongly_connected
from generator.naming import Names
from generator.pagination import PagingSpec, detect_pagination
from generator.pytypes import Annotator, def_kind
from generator.waiters import WaiterSpec, detect_waiters

CONTEXT_VERSION = 2
_JSON_PREFERENCE = ("json", "text", "binary", "event-stream", "ndjson", "form", "multipart")


@dataclass(frozen=True)
class FieldView:
    """A model field: `declaration` is the whole statement (`name: annotation = default`), laid
    out at one level of indentation as black writes it (on several lines when it is long)."""

    name: str
    spec_name: str
    alias_literal: str | None
    annotation: str
    required: bool
    nullable: bool
    declaration: str
    description: str | None
    field: Field


@dataclass(frozen=True)
class ModelView:
    """A pydantic model class; `base` is the parent class name for `allOf` subclassing."""

    name: str
    base: str | None
    docstring: str
    fields: tuple[FieldView, ...]
    definition: SchemaDef
    # The wire names of read-only properties a request-side model drops from data given to it
    # (its own and its bases'), as a tuple literal; None when it drops none.
    omitted_literal: str | None = None


@dataclass(frozen=True)
class EnumMemberView:
    """One enum member: identifier and Python literal of its value."""

    name: str
    literal: str


@dataclass(frozen=True)
class EnumView:
    """An open enum class (`OpenEnum` for strings, `OpenIntEnum` for integers)."""

    name: str
    base: str
    docstring: str
    members: tuple[EnumMemberView, ...]
    definition: SchemaDef


@dataclass(frozen=True)
class AliasView:
    """A module-level type alias for a named schema that is neither model nor enum."""

    name: str
    annotation: str
    docstring: str
    definition: SchemaDef


@dataclass(frozen=True)
class ModelModuleView:
    """One module of the `models` package: a root schema (or group of schemas that refer to
    each other) and the inline schemas only it uses (see `model_modules`).

    Rendered by `model_module.py.jinja` to `models/{name}.py`. `enums`, `models` and `aliases`
    are in the order the module defines them, each class after those it refers to (except within
    a reference cycle); `imports` are its import lines (typing, pydantic, the base classes, then
    `from .<module> import <names>` for each module in `dependencies`); `names` are the names it
    defines, sorted; `root` is the class it is named after, and `summary` names what it
    defines for its docstring (`Pet`, `Owner, Pet`, `Repository and 12 more`).
    """

    name: str
    enums: tuple[EnumView, ...]
    models: tuple[ModelView, ...]
    aliases: tuple[AliasView, ...]
    names: tuple[str, ...]
    imports: tuple[str, ...]
    dependencies: tuple[str, ...]
    root: str
    summary: str


@dataclass(frozen=True)
class ParameterView:
    """An operation parameter: Python name, wire name literal, annotation."""

    name: str
    name_literal: str
    location: str
    annotation: str
    required: bool
    style_literal: str | None
    explode_literal: str | None
    parameter: Parameter

    @property
    def entry(self) -> str:
        """`"wire name": python_name`, an entry of a dict display."""
        return f"{self.name_literal}: {self.name}"


@dataclass(frozen=True)
class ContentView:
    """The media type an operation sends or reads, with its Python annotation."""

    media_type_literal: str
    kind: str
    annotation: str
    content: Content


@dataclass(frozen=True)
class ResponseView:
    """One declared response: status literal, preferred content, success flag."""

    status_literal: str
    content: ContentView | None
    success: bool
    response: Response


@dataclass(frozen=True)
class OperationView:
    """One client method: signatures, call arguments, return annotation, docstring."""

    name: str
    method_literal: str
    path_literal: str
    docstring: str
    parameters: tuple[ParameterView, ...]
    body: ContentView | None
    body_required: bool
    responses: tuple[ResponseView, ...]
    return_annotation: str
    security_literal: str
    styles_literal: str | None
    signature: str
    method_signature: str
    arguments: str
    operation: Operation
    stream_accept_literal: str | None = None
    # The same three, one parameter or argument each, for `signature(...)` and `call(...)`.
    signature_parts: tuple[str, ...] = ()
    method_signature_parts: tuple[str, ...] = ()
    argument_parts: tuple[str, ...] = ()


@dataclass(frozen=True)
class SecurityView:
    """A security scheme the runtime applies: kind (bearer, basic, api_key) and where."""

    name_literal: str
    kind: str
    location_literal: str
    parameter_literal: str


@dataclass(frozen=True)
class ExampleView:
    """A call of one operation with placeholder arguments, for the generated README."""

    operation: OperationView
    call: str


@dataclass(frozen=True)
class WaiterView:
    """A `wait_for_<resource>` method: polls `operation` until its status is terminal."""

    name: str
    operation: OperationView
    model: str
    signature: str
    call: str
    rule_name: str
    rule: str
    docstring: str
    # `signature` and `rule` one part each, for `signature(...)` and `call(...)`.
    signature_parts: tuple[str, ...] = ()
    call_arguments: tuple[str, ...] = ()
    rule_arguments: tuple[str, ...] = ()


@dataclass(frozen=True)
class PaginatorView:
    """An operation that pages, as a method of `client.paginate` returning a lazy pager of items."""

    operation: OperationView
    item_annotation: str
    rule_name: str
    rule: str
    kind_label: str
    rule_arguments: tuple[str, ...] = ()  # `rule` one argument each, for `call(...)`


@dataclass(frozen=True)
class PackageContext:
    """Everything a default or custom template may use (contract version `CONTEXT_VERSION`).

    `models`, `enums` and `aliases` are every generated class and alias, in spec order;
    `model_modules` are the modules of the `models` package that define them, sorted by name,
    and `model_index` is (name, module) for each of them, sorted by name.
    """

    context_version: int
    generator_version: str
    package_name: str
    project_name: str
    env_prefix: str
    title: str
    title_literal: str
    version: str
    version_literal: str
    docstring: str
    base_url_literal: str
    models: tuple[ModelView, ...]
    enums: tuple[EnumView, ...]
    aliases: tuple[AliasView, ...]
    operations: tuple[OperationView, ...]
    security: tuple[SecurityView, ...]
    package_version: str
    base_url: str
    model_modules: tuple[ModelModuleView, ...]
    model_index: tuple[tuple[str, str], ...]
    endpoints_typing_imports: tuple[str, ...]
    example: ExampleView | None
    api: Api
    streaming_operations: tuple[OperationView, ...] = ()
    waiters: tuple[WaiterView, ...] = ()
    paginators: tuple[PaginatorView, ...] = ()


def build_context(
    api: Api,
    names: Names,
    package_name: str,
    generator_version: str,
    waiters: tuple[WaiterConfig, ...] = (),
    pagination: tuple[PaginationConfig, ...] = (),
) -> PackageContext:
    """Compute every view of `api` that the templates need (`waiters`, `pagination`: declared ones)."""
    defs = {d.key: d for d in api.schemas}
    # Endpoints annotate discriminated unions as plain unions (named ones decode by tag via
    # models) and dates as their text.
    ops_annotator = Annotator(defs, names, qualifier="models.", binary="bytes", tagged=False)
    # One annotator per schema: what each one's code names decides its module's imports.
    uses = {d.key: Annotator(defs, names, binary="FileInput") for d in api.schemas}
    models, enums, aliases = [], [], []
    for definition in api.schemas:
        kind = def_kind(definition)
        if kind == "model":
            models.append(_model_view(definition, names, uses[definition.key]))
        elif kind == "enum":
            enums.append(_enum_view(definition, names))
        else:
            aliases.append(definition)
    alias_views = _alias_views(aliases, names, uses, defs)
    operations = tuple(_operation_view(op, names, ops_annotator) for op in api.operations)
    paginators = tuple(_paginator_view(p, operations, names, ops_annotator) for p in detect_pagination(api, pagination))
    waiter_specs = detect_waiters(api, names, waiters)
    # What callers import by name roots a module: the spec's named schemas and those the
    # client's methods (their pagers and waiters too) name. So does a type alias (the spec's
    # are all named anyway): imported, never merged, it is defined before the classes naming it
    # and after those it names, as a module's aliases come last.
    anchors = {d.key for d in api.schemas if d.parent is None} | ops_annotator.refs | {w.model_key for w in waiter_specs}
    anchors |= {d.key for d in aliases}
    model_modules, module_of = _model_modules(api.schemas, names, models, enums, alias_views, uses, anchors)
    title = api.title
    return PackageContext(
        context_version=CONTEXT_VERSION,
        generator_version=generator_version,
        package_name=package_name,
        project_name=package_name.replace("_", "-"),
        env_prefix=package_name.upper(),
        title=docstring_text(title),
        title_literal=python_literal(title),
        version=docstring_text(api.version),
        version_literal=python_literal(api.version),
        docstring=docstring_text(api.description or title),
        base_url_literal=python_literal(api.servers[0] if api.servers else "http://localhost"),
        models=tuple(models),
        enums=tuple(enums),
        aliases=alias_views,
        operations=operations,
        security=tuple(
            SecurityView(python_literal(s.name), _security_kind(s.type, s.scheme), python_literal(s.location or "header"), python_literal(s.parameter_name or "Authorization"))
            for s in api.security_schemes
        ),
        package_version=package_version(api.version),
        base_url=api.servers[0] if api.servers else "http://localhost",
        model_modules=model_modules,
        model_index=tuple(sorted((names.classes[d.key], module_of[d.key]) for d in api.schemas)),
        endpoints_typing_imports=tuple(sorted(ops_annotator.used)),
        example=_example(operations),
        api=api,
        streaming_operations=tuple(op for op in operations if op.stream_accept_literal is not None),
        waiters=tuple(_waiter_view(w, operations, names) for w in waiter_specs),
        paginators=paginators,
    )


def _paginator_view(spec: PagingSpec, operations: tuple[OperationView, ...], names: Names, annotator: Annotator) -> PaginatorView:
    op = next(o for o in operations if o.operation.key == spec.operation_key)

    def attribute(name: str | None) -> str:
        return python_literal(names.fields[(spec.model_key, name)] if name else None)

    arguments = (
        python_literal(spec.kind),
        attribute(spec.items_field),
        python_literal(spec.position_param),
        attribute(spec.next_field),
        attribute(spec.has_more_field),
        python_literal(spec.limit_param),
    )
    rule = f"PageRule({', '.join(arguments)})"
    label = {"cursor": "cursor", "offset": "offset", "page": "page number", "next": "next link"}[spec.kind]
    return PaginatorView(op, annotator.annotation(spec.items_type), f"_PAGES_{op.name.upper()}", rule, label, arguments)


def _tuple_literal(values: tuple[str, ...]) -> str:
    """A tuple display as black writes it: `()`, `("a",)`, `("a", "b")`."""
    items = [python_literal(v) for v in values]
    return "(" + items[0] + ",)" if len(items) == 1 else "(" + ", ".join(items) + ")"


def _waiter_view(spec: WaiterSpec, operations: tuple[OperationView, ...], names: Names) -> WaiterView:
    op = next(o for o in operations if o.operation.key == spec.operation_key)
    model = f"models.{names.classes[spec.model_key]}"
    field = {name: names.fields[(spec.model_key, name)] for name in (spec.status_field, spec.interval_field, spec.error_field) if name}
    rule_arguments = (
        python_literal(spec.method_name),
        python_literal(field[spec.status_field]),
        _tuple_literal(spec.success),
        _tuple_literal(spec.failure),
        python_literal(field.get(spec.interval_field or "")),
        python_literal(field.get(spec.error_field or "")),
    )
    waiter_args = (
        "timeout: float = 600.0",
        "poll_interval: float = 5.0",
        f"on_progress: Callable[[{model}], None] | None = None",
        "options: RequestOptions | None = None",
    )
    signature = ("self", *op.signature_parts, *(() if "*" in op.signature_parts else ("*",)), *waiter_args)
    arguments = (*op.argument_parts, "options=options")
    interval = f" (or the response's `{field[spec.interval_field]}`)" if spec.interval_field else ""
    docstring = docstring_text(
        f"Poll `{op.name}` until the job's `{field[spec.status_field]}` is terminal; return the final response.\n\n"
        f"Sleeps `poll_interval` seconds{interval} between polls\n"
        "and calls `on_progress` with each response.\n"
        f"Raises `errors.JobFailedError` on {', '.join(spec.failure) or 'a failure status'},\n"
        "and `errors.WaitTimeoutError` when `timeout` seconds pass first."
    )
    return WaiterView(
        name=spec.method_name,
        operation=op,
        model=model,
        signature=", ".join(signature),
        call=f"{op.name}({', '.join(arguments)})",
        rule_name="_" + spec.method_name.upper(),
        rule=f"WaitRule({', '.join(rule_arguments)})",
        docstring=docstring,
        signature_parts=signature,
        call_arguments=arguments,
        rule_arguments=rule_arguments,
    )


def _model_modules(
    schemas: tuple[SchemaDef, ...],
    names: Names,
    models: list[ModelView],
    enums: list[EnumView],
    aliases: tuple[AliasView, ...],
    uses: dict[str, Annotator],
    anchors: set[str],
) -> tuple[tuple[ModelModuleView, ...], dict[str, str]]:
    """The modules of the `models` package (see `model_modules`), and each schema's module."""
    keys = [d.key for d in schemas]
    schemas_by_key = {d.key: d for d in schemas}
    position = {key: i for i, key in enumerate(keys)}
    edges = {key: sorted(uses[key].refs - {key}, key=position.__getitem__) for key in keys}
    components = strongly_connected(keys, edges)
    groups = group_components(components, edges, anchors)
    # A module's schemas, what each refers to before what refers to it (its root component last).
    members = [[key for index in group for key in components[index]] for group in groups]
    representatives = [_representative(components[group[-1]], schemas_by_key, names) for group in groups]
    module_list = module_names(representatives)
    module_of = {key: name for name, keys_of in zip(module_list, members) for key in keys_of}
    order = {key: i for keys_of in members for i, key in enumerate(keys_of)}
    grouped: dict[str, tuple[list[EnumView], list[ModelView], list[AliasView]]] = {m: ([], [], []) for m in module_list}
    for enum in sorted(enums, key=lambda e: order[e.definition.key]):
        grouped[module_of[enum.definition.key]][0].append(enum)
    for model in sorted(models, key=lambda m: order[m.definition.key]):
        grouped[module_of[model.definition.key]][1].append(model)
    for alias in aliases:  # in dependency order already: an alias's value runs at import
        grouped[module_of[alias.definition.key]][2].append(alias)
    modules = tuple(
        _module_view(name, root, keys_of, grouped[name], module_of, names, uses)
        for name, root, keys_of in sorted(zip(module_list, representatives, members))
    )
    return modules, module_of


def _module_view(
    name: str,
    root: str,
    keys: list[str],
    views: tuple[list[EnumView], list[ModelView], list[AliasView]],
    module_of: dict[str, str],
    names: Names,
    uses: dict[str, Annotator],
) -> ModelModuleView:
    """The model module `name`, defining `keys` (`views` of them, in order); named after `root`."""
    enums, models, aliases = views
    siblings: dict[str, set[str]] = {}
    for ref in {r for key in keys for r in uses[key].refs}:
        if module_of[ref] != name:
            siblings.setdefault(module_of[ref], set()).add(names.classes[ref])
    used = set().union(*(uses[key].used for key in keys))
    defined = tuple(sorted(names.classes[key] for key in keys))
    return ModelModuleView(
        name=name,
        enums=tuple(enums),
        models=tuple(models),
        aliases=tuple(aliases),
        names=defined,
        imports=_module_imports(used, enums, models, aliases, siblings),
        dependencies=tuple(sorted(siblings)),
        root=root,
        summary=_summary_of(root, defined),
    )


def _summary_of(root: str, defined: tuple[str, ...]) -> str:
    """What a model module defines, in a few words: up to three names, else its root and a count."""
    if len(defined) <= 3:
        return ", ".join(defined)
    return f"{root} and {len(defined) - 1} more"


def _representative(component: list[str], schemas: dict[str, SchemaDef], names: Names) -> str:
    """The class a model module is named after: of its models (else of all it defines), a
    component schema before an inline one, then the first by name. Neither the order the spec
    lists schemas in nor the order references reach them can change it."""
    members = [schemas[key] for key in component]
    models = [d for d in members if def_kind(d) == "model"] or members
    return min((d.parent is not None, names.classes[d.key]) for d in models)[1]


def _module_imports(
    used: set[str], enums: list[EnumView], models: list[ModelView], aliases: list[AliasView], siblings: dict[str, set[str]]
) -> tuple[str, ...]:
    """The import lines of one model module, exactly those it uses."""
    field = any("Field(" in f.declaration for m in models for f in m.fields)
    pydantic_names = ({"Field"} if field else set()) | (used & _PYDANTIC_NAMES)
    typing_names = (used - _PYDANTIC_NAMES - _BASE_MODEL_NAMES) | ({"TypeAlias"} if aliases else set())
    bases = ({"BaseModel"} if any(m.base is None for m in models) else set()) | {e.base for e in enums} | (used & _BASE_MODEL_NAMES)
    groups = [
        [layout.import_from("typing", sorted(typing_names))] if typing_names else [],
        [layout.import_from("pydantic", sorted(pydantic_names))] if pydantic_names else [],
        [layout.import_from(".._base_model", sorted(bases))] if bases else [],
    ]
    groups[-1].extend(layout.import_from(f".{module}", sorted(siblings[module])) for module in sorted(siblings))
    lines: list[str] = []
    for group in (g for g in groups if g):
        lines.extend([""] if lines else [])
        lines.extend(group)
    return tuple(lines)


_PYDANTIC_NAMES = frozenset({"Discriminator", "Strict", "Tag", "model_validator"})
_BASE_MODEL_NAMES = frozenset({"tag_of", "DateTime", "Date", "FileInput"})


_PEP440 = re.compile(r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$")


def package_version(api_version: str) -> str:
    """The API's version when it is a valid package version (PEP 440), else 0.0.0."""
    version = api_version.strip().removeprefix("v")
    return version if _PEP440.match(version) else "0.0.0"


def _example(operations: tuple[OperationView, ...]) -> ExampleView | None:
    """An operation to show in the README: a GET with no body, preferably with a path parameter."""
    candidates = [op for op in operations if op.operation.method == "GET" and op.body is None]
    candidates.sort(key=lambda op: not any(p.location == "path" for p in op.parameters))
    if not candidates:
        return None
    op = candidates[0]
    args = []
    for p in op.parameters:
        if not p.required:
            continue
        value = python_literal(f"{p.parameter.name}-123") if "str" in p.annotation else "1"
        args.append(value if p.location == "path" else f"{p.name}={value}")
    return ExampleView(op, f"{op.name}({', '.join(args)})")


def _security_kind(type_: str, scheme: str | None) -> str:
    if type_ == "http" and scheme == "basic":
        return "basic"
    if type_ == "apiKey":
        return "api_key"
    return "bearer"


def _docstring(*parts: str | None) -> str:
    return docstring_text("\n\n".join(p for p in parts if p))


def _summary(definition: SchemaDef, names: Names) -> str:
    """The first docstring line: the schema's title, else where the schema comes from."""
    if definition.request_of is not None:
        original = names.classes[definition.request_of]
        return f"`{original}` as sent in requests: without read-only fields; write-only fields as declared."
    if definition.title:
        return definition.title
    if definition.description:
        return ""
    if definition.parent is not None and definition.parent in names.classes:
        return f"The `{definition.name}` field of `{names.classes[definition.parent]}`."
    if definition.parent is not None:
        return f"The `{definition.name}` schema of the `{names.methods.get(definition.parent, '')}` operation."
    return f"The `{definition.name}` schema."


def _model_view(definition: SchemaDef, names: Names, annotator: Annotator) -> ModelView:
    schema = definition.schema
    assert isinstance(schema, ModelType)
    base = names.classes.get(schema.base.key) if schema.base else None
    if schema.base and base is not None:
        annotator.refs.add(schema.base.key)
    fields = tuple(_field_view(definition.key, f, names, annotator) for f in schema.fields)
    described = [f"{fv.name}: {fv.description}" for fv in fields if fv.description]
    attributes = "Attributes:\n" + "\n".join("    " + d.replace("\n", "\n        ") for d in described) if described else None
    deprecated = "Deprecated." if definition.deprecated else None
    omitted = _omitted(definition, annotator.defs)
    if omitted:
        annotator.used.update({"Any", "model_validator"})
    return ModelView(
        name=names.classes[definition.key],
        base=base,
        docstring=_docstring(deprecated, _summary(definition, names), definition.description, attributes),
        fields=fields,
        definition=definition,
        omitted_literal=_tuple_literal(omitted) if omitted else None,
    )


def _omitted(definition: SchemaDef, defs: dict[str, SchemaDef]) -> tuple[str, ...]:
    """The read-only property names a sent model and its base classes leave out."""
    names: list[str] = []
    seen: set[str] = set()
    current: SchemaDef | None = definition
    while current is not None and current.key not in seen and isinstance(current.schema, ModelType):
        seen.add(current.key)
        names.extend(n for n in current.schema.omitted if n not in names)
        current = defs.get(current.schema.base.key) if current.schema.base else None
    return tuple(names)


def _field_view(owner: str, f: Field, names: Names, annotator: Annotator) -> FieldView:
    name = names.fields[(owner, f.name)]
    annotation = annotator.annotation(f.type)
    if f.nullable and annotation != "Any" and not annotation.endswith("| None") and annotation != "None":
        annotation += " | None"
    optional = not f.required
    if optional and annotation != "Any" and not annotation.endswith("None"):
        annotation += " | None"
    alias = python_literal(f.name) if name != f.name else None
    args = []
    if optional:
        args.append("default=None")
    if alias:
        args.append(f"alias={alias}")
    value: str | Brackets | None = None
    if optional and not alias:
        value = "None"
    elif args:
        value = Brackets("Field", tuple(args))
    declaration = layout.declaration(1, name, annotation, value)
    return FieldView(name, f.name, alias, annotation, f.required, f.nullable, declaration, _field_description(f), f)


def _field_description(f: Field) -> str | None:
    notes = []
    if f.deprecated:
        notes.append("Deprecated.")
    if f.read_only:
        notes.append("Read-only: set by the server, never sent.")
    if f.write_only:
        notes.append("Write-only: sent, never returned.")
    if f.description:
        notes.append(" ".join(f.description.split()))
    if f.has_default:
        notes.append(f"Server default: {python_literal(f.default)}.")
    return " ".join(notes) or None


def _enum_view(definition: SchemaDef, names: Names) -> EnumView:
    schema = definition.schema
    assert isinstance(schema, EnumType)
    members = tuple(
        EnumMemberView(names.members[(definition.key, i)], python_literal(v)) for i, v in enumerate(schema.values)
    )
    base = "OpenEnum" if schema.value_type == "str" else "OpenIntEnum"
    name = names.classes[definition.key]
    return EnumView(name, base, _docstring(_summary(definition, names), definition.description), members, definition)


def _alias_views(aliases: list[SchemaDef], names: Names, uses: dict[str, Annotator], defs: dict[str, SchemaDef]) -> tuple[AliasView, ...]:
    """Type aliases in dependency order; an alias that refers to itself becomes `Any`."""
    annotations = {d.key: uses[d.key].annotation(d.schema) for d in aliases}
    order = _AliasOrder({d.key for d in aliases}, defs)
    for d in aliases:
        order.visit(d)
    for key in order.cyclic:
        annotations[key] = "Any"
        uses[key].used = {"Any"}
        uses[key].refs = set()
    return tuple(
        AliasView(names.classes[d.key], annotations[d.key], _docstring(d.title, d.description), d) for d in order.ordered
    )


@dataclass
class _AliasOrder:
    """Depth-first order of type aliases, each after the aliases it names.

    A class rather than a recursive closure: a nested function that calls itself is a reference
    cycle, which would keep every schema it can reach alive until the collector runs.
    """

    keys: set[str]
    defs: dict[str, SchemaDef]
    ordered: list[SchemaDef] = field(default_factory=list)
    cyclic: list[str] = field(default_factory=list)  # aliases that refer to themselves
    state: dict[str, int] = field(default_factory=dict)  # 1: being visited, 2: done

    def visit(self, d: SchemaDef) -> bool:
        if self.state.get(d.key) == 2:
            return True
        if self.state.get(d.key) == 1:
            return False
        self.state[d.key] = 1
        ok = True
        for dep in referenced_keys(d.schema):
            if dep in self.keys and not self.visit(self.defs[dep]):
                ok = False
        if not ok:
            self.cyclic.append(d.key)
        self.state[d.key] = 2
        self.ordered.append(d)
        return True


def _preferred(contents: tuple[Content, ...]) -> Content | None:
    if not contents:
        return None
    return min(contents, key=lambda c: _JSON_PREFERENCE.index(c.kind))


def _content_view(content: Content | None, annotator: Annotator) -> ContentView | None:
    if content is None:
        return None
    if content.kind == "binary":
        annotation = "bytes"
    elif content.kind == "text":
        annotation = "str"
    else:
        annotation = annotator.annotation(content.type)
    return ContentView(python_literal(content.media_type), content.kind, annotation, content)


def _is_success(status: str) -> bool:
    return status.startswith("2")


def _operation_view(op: Operation, names: Names, annotator: Annotator) -> OperationView:
    params = tuple(_parameter_view(op, p, names, annotator) for p in op.parameters)
    body_content = _preferred(op.request_body.contents) if op.request_body else None
    body = _content_view(body_content, annotator)
    if body is not None and body.kind in ("binary",):
        body = ContentView(body.media_type_literal, body.kind, "bytes | IO[bytes]", body.content)
        annotator.used.add("IO")
    responses = []
    for response in op.responses:
        view = _content_view(_preferred(response.contents), annotator)
        responses.append(ResponseView(python_literal(response.status), view, _is_success(response.status), response))
    success = [r for r in responses if r.success] or [r for r in responses if r.response.status == "default"]
    returns: list[str] = []
    for r in success:
        ann = r.content.annotation if r.content else "None"
        for part in ann.split(" | ") if ann != "Any" else ["Any"]:
            if part not in returns:
                returns.append(part)
    if "Any" in returns:
        returns = ["Any"]
    if "None" in returns:
        returns.remove("None")
        returns.append("None")
    body_required = bool(op.request_body and op.request_body.required)
    signature, arguments = _signature(params, body, body_required)
    options = "options: RequestOptions | None = None"
    method_signature = ("self", *signature, *(() if "*" in signature else ("*",)), options)
    return OperationView(
        name=names.methods[op.key],
        method_literal=python_literal(op.method),
        path_literal=python_literal(op.path if op.path.startswith("/") else "/" + op.path),  # never "@host"
        docstring=_operation_docstring(op, params),
        parameters=params,
        body=body,
        body_required=body_required,
        responses=tuple(responses),
        return_annotation=" | ".join(returns) or "None",
        security_literal=python_literal([list(req) for req in op.security]),
        styles_literal=_styles_literal(params),
        signature=", ".join(signature),
        method_signature=", ".join(method_signature),
        arguments=", ".join(arguments),
        operation=op,
        stream_accept_literal=_stream_accept(op),
        signature_parts=signature,
        method_signature_parts=method_signature,
        argument_parts=arguments,
    )


_STREAMABLE = ("event-stream", "binary", "ndjson", "text")


def _stream_accept(op: Operation) -> str | None:
    """The media type to ask for when streaming an operation's success body, if it has one."""
    contents = [c for r in op.responses if _is_success(r.status) for c in r.contents if c.kind in _STREAMABLE]
    if not contents:
        return None
    contents.sort(key=lambda c: _STREAMABLE.index(c.kind))
    return python_literal(contents[0].media_type)


def _styles_literal(params: tuple[ParameterView, ...]) -> str | None:
    """Query parameters whose `style`/`explode` differ from the default (form, exploded)."""
    styles = {}
    for p in params:
        if p.location != "query":
            continue
        style = p.parameter.style or "form"
        explode = p.parameter.explode if p.parameter.explode is not None else style == "form"
        if (style, explode) != ("form", True):
            styles[p.parameter.name] = (style, explode)
    if not styles:
        return None
    return "{" + ", ".join(f"{python_literal(k)}: ({python_literal(s)}, {e!r})" for k, (s, e) in styles.items()) + "}"


def _parameter_view(op: Operation, p: Parameter, names: Names, annotator: Annotator) -> ParameterView:
    annotation = annotator.annotation(p.type)
    if not p.required and annotation != "Any" and not annotation.endswith("None"):
        annotation += " | None"
    return ParameterView(
        name=names.parameters[(op.key, p.location, p.name)],
        name_literal=python_literal(p.name),
        location=p.location,
        annotation=annotation,
        required=p.required,
        style_literal=python_literal(p.style) if p.style else None,
        explode_literal=python_literal(p.explode) if p.explode is not None else None,
        parameter=p,
    )


def _signature(
    params: tuple[ParameterView, ...], body: ContentView | None, body_required: bool
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The parameter list of an operation method (after `self`) and the matching call arguments.

    Path parameters are positional; everything else is keyword-only, required ones first.
    """
    positional = [p for p in params if p.location == "path"]
    keyword = [p for p in params if p.location != "path"]
    sig = [f"{p.name}: {p.annotation}" for p in positional]
    args = [p.name for p in positional]
    named: list[tuple[bool, str, str]] = []
    if body is not None:
        ann = body.annotation if body_required or body.annotation.endswith("None") else f"{body.annotation} | None"
        named.append((body_required, f"body: {ann}" + ("" if body_required else " = None"), "body=body"))
    for p in keyword:
        named.append((p.required, f"{p.name}: {p.annotation}" + ("" if p.required else " = None"), f"{p.name}={p.name}"))
    named.sort(key=lambda item: not item[0])
    if named:
        sig.append("*")
        sig.extend(n[1] for n in named)
        args.extend(n[2] for n in named)
    return tuple(sig), tuple(args)


def _operation_docstring(op: Operation, params: tuple[ParameterView, ...]) -> str:
    described = [f"{p.name}: {' '.join(p.parameter.description.split())}" for p in params if p.parameter.description]
    args = "Args:\n" + "\n".join("    " + d for d in described) if described else None
    deprecated = "Deprecated." if op.deprecated else None
    summary = op.summary or f"{op.method} {op.path}"
    return _docstring(deprecated, summary, op.description if op.description != op.summary else None, args)


def default_package_name(title: str) -> str:
    """A package name from the API title: `AI Stats Gateway API` → ai_stats_gateway_api."""
    return snake_case(title, fallback="api_client")
