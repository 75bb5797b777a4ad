"""A cache of formatted Python source, keyed by content hash, formatter, version and options.

Entries are plain files under the user's cache folder (`$OAPIGEN_CACHE_DIR`, else the platform's
user cache folder, e.g. `$XDG_CACHE_HOME/oapigen`). Deleting the folder is always safe: a miss
only means formatting again. Each entry records the hash of its own content, so a torn or
edited entry is ignored, never used.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

CACHE_ENV = "OAPIGEN_CACHE_DIR"
_LAYOUT = "format-v1"
_TEMPLATES_LAYOUT = "templates-v1"


def default_cache_dir() -> Path:
    """Where formatted output is cached: `$OAPIGEN_CACHE_DIR`, else the user cache folder."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override)
    import platformdirs  # deferred: only needed when the cache is on

    return Path(platformdirs.user_cache_dir("oapigen", appauthor=False))


def tree_digest(folder: Path, pattern: str) -> str:
    """A hash of every file under `folder` matching `pattern`: names and contents."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\x00")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@functools.cache
def code_digest() -> str:
    """`tree_digest` of oapigen's own modules, taken once: they do not change while it runs."""
    return tree_digest(Path(__file__).resolve().parent, "*.py")


def cache_key(source: str, formatter_id: str) -> str:
    """The key of `source` formatted by `formatter_id` (name, version and every option)."""
    digest = hashlib.sha256(formatter_id.encode("utf-8"))
    digest.update(b"\x00")
    digest.update(source.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@dataclass(frozen=True)
class FormatCache:
    """Formatted text stored one file per key under `root`."""

    root: Path

    @property
    def templates_dir(self) -> Path:
        """Where Jinja keeps compiled templates, beside the formatted text (checked against each source)."""
        return self.root / _TEMPLATES_LAYOUT

    def _path(self, key: str) -> Path:
        return self.root / _LAYOUT / key[:2] / key

    def get(self, key: str) -> str | None:
        """The cached text for `key`, or None when absent or damaged."""
        try:
            raw = self._path(key).read_bytes()
        except OSError:
            return None
        check, sep, body = raw.partition(b"\n")
        if not sep or hashlib.sha256(body).hexdigest().encode() != check:
            return None
        return body.decode("utf-8", "surrogatepass")

    def put(self, key: str, text: str) -> None:
        """Store `text` atomically; failing to write (read-only disk, ...) is not an error."""
        body = text.encode("utf-8", "surrogatepass")
        target = self._path(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
            os.replace(temp, target)
        except OSError:
            Path(temp).unlink(missing_ok=True)
