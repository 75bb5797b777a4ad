"""Reuse a whole earlier run when nothing it depended on has changed.

An entry is keyed by everything that decides the output except the spec's contents: oapigen's
own code and templates, the user's templates, the request's options, the formatter and the
versions of Python, Jinja and PyYAML. It records the hash of every spec file the run read, and
is used only when each of them still has that hash; otherwise the run happens again.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import tempfile
from dataclasses import dataclass
from pathlib import Path

import jinja2
import yaml

from generator.diagnostics import Diagnostic
from generator.formatcache import code_digest, tree_digest
from generator.formatting import formatter_id
from generator.pipeline import GenerateRequest, Generated, generate
from generator.refs import ABSENT
from generator.render import default_templates_dir

_LAYOUT = "output-v2"


def _file_digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def run_key(request: GenerateRequest) -> str:
    """The key of a run: everything but the spec files' contents."""
    parts = [
        _LAYOUT,
        code_digest(),
        tree_digest(default_templates_dir(), "*"),
        tree_digest(request.templates, "*") if request.templates is not None else "",
        str(request.spec.resolve()),
        request.package_name or "",
        repr(request.overrides),
        repr((request.include, request.exclude, request.extra_templates, request.waiters, request.pagination)),
        formatter_id(request.format),
        platform.python_version(),
        jinja2.__version__,
        yaml.__version__,
    ]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


@dataclass(frozen=True)
class OutputCache:
    """Whole runs stored as files under `root`.

    An entry is two lines of JSON: the spec files the run read with their hashes, then the run's
    result. A changed spec is noticed from the first line alone, without reading the result.
    """

    root: Path

    def lookup(self, key: str) -> Generated | None:
        """The stored run for `key` if every spec file it read is unchanged, else None."""
        try:
            with (self.root / _LAYOUT / f"{key}.json").open(encoding="utf-8") as handle:
                inputs = [(Path(path), digest) for path, digest in json.loads(handle.readline())]
                if not inputs or any((_file_digest(path) or ABSENT) != digest for path, digest in inputs):
                    return None
                entry = json.loads(handle.read())
            return Generated(
                files={path: text.encode("utf-8", "surrogateescape") for path, text in entry["files"].items()},
                warnings=tuple(Diagnostic(level, location, message) for level, location, message in entry["warnings"]),
                package_name=entry["package_name"],
                inputs=tuple(path for path, _ in inputs),
                digests=tuple(digest for _, digest in inputs),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def store(self, key: str, generated: Generated) -> None:
        """Record a run under the hashes of the bytes it parsed; a fetched input makes it not worth storing."""
        inputs = list(zip((str(path) for path in generated.inputs), generated.digests))
        if not inputs or len(inputs) != len(generated.inputs) or any(digest is None for _, digest in inputs):
            return
        entry = {
            "files": {path: content.decode("utf-8", "surrogateescape") for path, content in generated.files.items()},
            "warnings": [[w.level, w.location, w.message] for w in generated.warnings],
            "package_name": generated.package_name,
        }
        folder = self.root / _LAYOUT
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
        except OSError:
            return
        try:
            # JSON text holds no raw line break, so each document is exactly one line.
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(inputs) + "\n" + json.dumps(entry))
            os.replace(temp, folder / f"{key}.json")
        except OSError:
            Path(temp).unlink(missing_ok=True)


def generate_cached(request: GenerateRequest, cache: OutputCache | None) -> Generated:
    """`generate`, or the stored result of an identical earlier run."""
    uncacheable = request.allow_remote_refs or (request.templates is not None and not request.templates.is_dir())
    if cache is None or uncacheable:
        return generate(request)
    key = run_key(request)
    hit = cache.lookup(key)
    if hit is not None:
        return hit
    generated = generate(request)
    # Stored under the hashes of the bytes the run parsed: a spec edited while it ran is not
    # taken for the one it read.
    cache.store(key, generated)
    return generated
