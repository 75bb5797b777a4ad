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
from importlib import metadata
from pathlib import Path

from generator.diagnostics import Diagnostic
from generator.formatting import formatter_id
from generator.pipeline import GenerateRequest, Generated, generate
from generator.render import default_templates_dir

_LAYOUT = "output-v1"


def _tree_digest(folder: Path, pattern: str) -> str:
    """A hash of every file under `folder` matching `pattern`: names and contents."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\x00")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _file_digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def run_key(request: GenerateRequest) -> str:
    """The key of a run: everything but the spec files' contents."""
    parts = [
        _LAYOUT,
        _tree_digest(Path(__file__).resolve().parent, "*.py"),
        _tree_digest(default_templates_dir(), "*"),
        _tree_digest(request.templates, "*") if request.templates is not None else "",
        str(request.spec.resolve()),
        request.package_name or "",
        repr(request.overrides),
        repr((request.include, request.exclude, request.extra_templates, request.waiters, request.pagination)),
        formatter_id(request.format),
        platform.python_version(),
        metadata.version("jinja2"),
        metadata.version("pyyaml"),
    ]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


@dataclass(frozen=True)
class OutputCache:
    """Whole runs stored as JSON files under `root`."""

    root: Path

    def lookup(self, key: str) -> Generated | None:
        """The stored run for `key` if every spec file it read is unchanged, else None."""
        try:
            entry = json.loads((self.root / _LAYOUT / f"{key}.json").read_text("utf-8"))
            inputs = [(Path(path), digest) for path, digest in entry["inputs"]]
            if not inputs or any(_file_digest(path) != digest for path, digest in inputs):
                return None
            return Generated(
                files={path: text.encode("utf-8", "surrogateescape") for path, text in entry["files"].items()},
                warnings=tuple(Diagnostic(level, location, message) for level, location, message in entry["warnings"]),
                package_name=entry["package_name"],
                inputs=tuple(path for path, _ in inputs),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def store(self, key: str, generated: Generated, digests: list[tuple[str, str | None]]) -> None:
        """Record a run; inputs that could not be hashed make it not worth storing."""
        if not digests or any(digest is None for _, digest in digests):
            return
        entry = {
            "inputs": digests,
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
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(entry, handle)
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
    root_before = _file_digest(request.spec)
    generated = generate(request)
    digests = [(str(path), _file_digest(path)) for path in generated.inputs]
    # The root spec changing while the run read it must not be recorded under its new hash.
    if digests and digests[0][1] == root_before:
        cache.store(key, generated, digests)
    return generated
