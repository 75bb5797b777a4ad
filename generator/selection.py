"""Operation filters from configuration: include/exclude by tag, path pattern or operationId."""

from __future__ import annotations

from dataclasses import replace
from fnmatch import fnmatchcase

from generator.config import OperationFilter
from generator.ir import Api, Operation


def _matches(op: Operation, rule: OperationFilter) -> bool:
    return (
        any(tag in rule.tags for tag in op.tags)
        or any(fnmatchcase(op.path, pattern) for pattern in rule.paths)
        or (op.operation_id is not None and op.operation_id in rule.operations)
    )


def select_operations(api: Api, include: OperationFilter | None, exclude: OperationFilter | None) -> Api:
    """`api` with only the operations that `include` selects (all if None) and `exclude` does not.

    Schemas are kept whole: models stay importable even when no kept operation uses them.
    """
    operations = tuple(
        op
        for op in api.operations
        if (include is None or _matches(op, include)) and (exclude is None or not _matches(op, exclude))
    )
    return replace(api, operations=operations)
