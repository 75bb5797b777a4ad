"""Waiters: find status operations of long-running jobs and describe how to poll them.

The common shape needs no configuration: a GET of one resource (`/videos/{video_id}`) whose
JSON response has a `status` enum with both running values (queued, processing, …) and terminal
ones (completed, failed, …). The waiter is named after the resource: `wait_for_video`.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.config import WaiterConfig
from generator.diagnostics import SpecError
from generator.identifiers import is_safe_identifier, snake_case
from generator.ir import Api, EnumType, Field, ModelType, Nullable, Operation, RefType, SchemaDef, SchemaType
from generator.naming import Names
from generator.pagination import model_fields, operation_by_id

SUCCESS = ("completed", "succeeded", "success", "done", "ready", "finished")
FAILURE = ("failed", "cancelled", "canceled", "expired", "error", "errored", "rejected")
RUNNING = ("queued", "pending", "processing", "running", "in_progress", "starting", "validating", "finalizing")
INTERVAL_FIELDS = ("poll_after_seconds", "retry_after_seconds", "poll_interval_seconds", "poll_interval")


@dataclass(frozen=True)
class WaiterSpec:
    """How to poll one operation: names are the spec's own (JSON) names."""

    operation_key: str
    method_name: str
    status_field: str
    success: tuple[str, ...]
    failure: tuple[str, ...]
    interval_field: str | None
    error_field: str | None
    model_key: str


def detect_waiters(api: Api, names: Names, configs: tuple[WaiterConfig, ...] = ()) -> tuple[WaiterSpec, ...]:
    """The declared waiters, then every other operation that looks like the status endpoint of a job."""
    defs = {d.key: d for d in api.schemas}
    taken = set(names.methods.values())
    found = [_configured(api, names, config, defs, taken) for config in configs]
    declared = {spec.operation_key for spec in found}
    for op in api.operations:
        spec = _detect(op, defs) if op.key not in declared else None
        if spec is None:
            continue
        name = f"wait_for_{_subject(names.methods[op.key], op.path)}"
        if name in taken or not is_safe_identifier(name):
            name = f"wait_for_{names.methods[op.key]}"
        if name in taken or not is_safe_identifier(name):
            continue
        taken.add(name)
        found.append(WaiterSpec(op.key, name, *spec))
    return tuple(found)


def _configured(api: Api, names: Names, config: WaiterConfig, defs: dict[str, SchemaDef], taken: set[str]) -> WaiterSpec:
    op = operation_by_id(api, config.operation, f"{config.where}.operation")
    definition, fields = model_fields(op, defs, f"{config.where}.operation")
    for key, name in (("status-field", config.status_field), ("interval-field", config.interval_field), ("error-field", config.error_field)):
        if name is not None and name not in fields:
            raise SpecError.single(f"{config.where}.{key}", f"{name!r} is not a property of the response")
    name = config.name or f"wait_for_{_subject(names.methods[op.key], op.path)}"
    if not is_safe_identifier(name) or name.startswith("_") or name in taken:
        raise SpecError.single(f"{config.where}.name", f"{name!r} is not a free method name")
    taken.add(name)
    return WaiterSpec(
        op.key, name, config.status_field, config.success, config.failure, config.interval_field, config.error_field, definition.key
    )


def _detect(op: Operation, defs: dict[str, SchemaDef]) -> tuple[str, tuple[str, ...], tuple[str, ...], str | None, str | None, str] | None:
    if op.method != "GET" or not op.path.rstrip("/").endswith("}"):
        return None
    for response in op.responses:
        if not response.status.startswith("2"):
            continue
        for content in response.contents:
            if content.kind == "json" and isinstance(content.type, RefType):
                found = _from_model(content.type.key, defs)
                if found is not None:
                    return found
    return None


def _from_model(key: str, defs: dict[str, SchemaDef]) -> tuple[str, tuple[str, ...], tuple[str, ...], str | None, str | None, str] | None:
    definition = defs.get(key)
    if definition is None or not isinstance(definition.schema, ModelType):
        return None
    fields = {f.name: f for f in definition.schema.fields}
    values = _enum_values(fields.get("status"), defs)
    success = tuple(v for v in values if v in SUCCESS)
    failure = tuple(v for v in values if v in FAILURE)
    if not success or not any(v in RUNNING for v in values):
        return None
    interval = next((name for name in INTERVAL_FIELDS if name in fields), None)
    error = "error" if "error" in fields else None
    return "status", success, failure, interval, error, key


def _enum_values(field: Field | None, defs: dict[str, SchemaDef]) -> tuple[str, ...]:
    schema: SchemaType | None = field.type if field is not None else None
    for _ in range(10):
        if isinstance(schema, Nullable):
            schema = schema.inner
        elif isinstance(schema, RefType) and schema.key in defs:
            schema = defs[schema.key].schema
        else:
            break
    if isinstance(schema, EnumType):
        return tuple(v for v in schema.values if isinstance(v, str))
    return ()


def _subject(method: str, path: str) -> str:
    """What is waited for: `get_video` → video, else the collection noun of the path."""
    for prefix in ("get_", "retrieve_", "fetch_", "read_", "show_"):
        if method.startswith(prefix) and len(method) > len(prefix):
            return method.removeprefix(prefix)
    return snake_case(_resource(path), fallback="job")


def _resource(path: str) -> str:
    """The singular noun of the collection a one-resource path is in: `/videos/{id}` → video."""
    segments = [s for s in path.split("/") if s and not s.startswith("{")]
    noun = segments[-1] if segments else "job"
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
