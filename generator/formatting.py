"""Format generated Python with black (or ruff): in pieces, in parallel, through a cache.

`FormatSession` takes each module as soon as it is rendered. A module found whole in the cache
is done; otherwise it is cut into units (the cache's grain) made of atoms (`generator/pieces.py`),
and each atom of a unit not in the cache waits for a formatter, once per run however many
units share it (the same field declarations recur across hundreds of models). Once there is
enough waiting work to pay for it, a pool is started and fed batches while the rest of the
package is still being rendered, so that the formatter runs on the other cores in the
meantime: black in worker processes, ruff (one process of its own per batch, itself
multi-threaded) from a background thread. `finish` formats what is left and joins every module
back together. Which process formats a piece, and when, never changes the result.

The templates and `generator/layout.py` write code the way black leaves it
(`tests/test_formatting.py`): black then only confirms each atom, in one pass (black formats a
second time whenever its first pass changed something), and confirms them many at a time
(`_format_pieces`).
"""

from __future__ import annotations

import functools
import gc
import multiprocessing
import os
import subprocess
import tempfile
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import black
from black.mode import Mode, TargetVersion

from generator.diagnostics import SpecError
from generator.formatcache import FormatCache, cache_key
from generator.pieces import Unit, chain, join_atoms, join_units, split_units

# "none" only checks that the output compiles: for huge test runs where only behaviour matters.
FORMATTERS = ("black", "ruff", "none")
# Below this many characters to format, a process pool costs more than it saves.
_PARALLEL_MIN_CHARS = 200_000
# Work is sent to the pool in batches of about this many characters (~0.2 s of black each):
# small enough to keep every worker busy to the end, large enough to make sending cheap.
_BATCH_CHARS = 100_000
# Ruff formats a whole batch in one process of its own (starting one per module costs more
# than the formatting), so its batches are larger.
_RUFF_BATCH_CHARS = 1_000_000
# Black formats atoms in chains of about this many lines: fewer calls, and each call's garbage
# collected before it grows large.
_CHAIN_LINES = 200


@dataclass(frozen=True)
class FormatOptions:
    """How generated Python is formatted; `cache` and `jobs` never change the result."""

    line_length: int = 100
    formatter: str = "black"
    cache: FormatCache | None = None
    jobs: int | None = None  # worker processes; None means one per available CPU
    unit_lines: int = 300  # smallest unit cached on its own (0: every atom)
    # For a large spec, start the workers before it loads. Not when most of the output is
    # expected from the cache (regenerating a client): the workers would start for nothing.
    early_start: bool = True


def formatter_id(options: FormatOptions) -> str:
    """Everything that decides the formatted text: formatter, its version, options."""
    if options.formatter == "none":
        return "none"
    if options.formatter == "ruff":
        return f"ruff {_ruff_version()} py310 line-length={options.line_length}"
    version = getattr(black, "__version__")  # black does not re-export it for type checkers
    return f"black {version} py310 line-length={options.line_length}"


def format_sources(sources: dict[str, str], options: FormatOptions) -> dict[str, str]:
    """Format every module (path → source), reusing cached modules and pieces; same result as one by one."""
    with FormatSession(options) as session:
        for path, text in sources.items():
            session.add(path, text)
        return session.finish()


@dataclass(frozen=True)
class _Module:
    source: str
    key: str  # of the whole module in the cache
    units: tuple[Unit, ...] = ()
    unit_keys: tuple[str, ...] = ()
    formatted: str | None = None  # known already (from the cache, or "none" only compiles)


class FormatSession:
    """Formats modules as they are added (see top); a context manager that owns the pool."""

    def __init__(self, options: FormatOptions) -> None:
        if options.formatter not in FORMATTERS:
            raise SpecError.single("--formatter", f"unknown formatter {options.formatter!r} (expected black, ruff or none)")
        self._options = options
        self._ident = formatter_id(options)
        # Black runs in worker processes; ruff, a process of its own, is run from a thread.
        self._parallel = options.formatter == "ruff" or (options.formatter == "black" and (options.jobs or _available_cpus()) >= 2)
        self._batch_chars = _RUFF_BATCH_CHARS if options.formatter == "ruff" else _BATCH_CHARS
        self._modules: dict[str, _Module] = {}
        self._units: dict[str, str | None] = {}  # unit key → formatted text (None: not yet)
        self._atoms: dict[str, str] = {}  # atom text → formatted text
        self._queued: set[str] = set()  # every atom text ever given to a formatter
        self._waiting: dict[str, bool] = {}  # atom text → chainable, not yet sent to a formatter
        self._waiting_chars = 0
        self._queued_chars = 0  # all ever waiting: decides whether a pool pays
        self._sent: list[tuple[list[str], Future[list[str | None]]]] = []
        self._pool: Executor | None = None

    @property
    def cache(self) -> FormatCache | None:
        """The cache of formatted text this session reads and fills, if any."""
        return self._options.cache

    def __enter__(self) -> FormatSession:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def add(self, path: str, source: str) -> None:
        """Take one module; its formatting may start at once, in another process."""
        if self._options.formatter == "none":
            self._modules[path] = _Module(source, "", formatted=_compiled(path, source))
            return
        key = cache_key(source, f"{self._ident} module")
        cached = self._cached(key)
        if cached is not None:
            self._modules[path] = _Module(source, key, formatted=cached)
            return
        units = tuple(split_units(source, self._options.unit_lines) if self._options.formatter == "black" else [Unit(source)])
        unit_keys = tuple(cache_key(unit.text, self._ident) for unit in units)
        self._modules[path] = _Module(source, key, units, unit_keys)
        for unit_key, unit in zip(unit_keys, units):
            if unit_key in self._units:
                continue
            self._units[unit_key] = hit = self._cached(unit_key)
            if hit is not None:
                continue
            for atom in unit.parts:  # identical atoms, in any unit, are formatted once
                if atom.text not in self._queued:
                    self._wait(atom.text, atom.chainable)

    def finish(self) -> dict[str, str]:
        """Every module added, formatted (path → text), in the order added."""
        if self._pool is not None:
            self._send()
        else:  # too little work for a pool: in this process
            texts = list(self._waiting)
            self._record(texts, _batch_formatter(self._options, worker=False)(list(self._waiting.items()), self._options))
            self._waiting.clear()
        for batch, future in self._sent:
            self._record(batch, future.result())
        self._sent.clear()
        return {path: self._joined(path, module) for path, module in self._modules.items()}

    def _cached(self, key: str) -> str | None:
        return self._options.cache.get(key) if self._options.cache is not None else None

    def _wait(self, text: str, chainable: bool) -> None:
        self._queued.add(text)
        self._waiting[text] = chainable
        self._waiting_chars += len(text)
        self._queued_chars += len(text)
        if not self._parallel:
            return
        if self._queued_chars >= _PARALLEL_MIN_CHARS:
            self.start_pool()
        if self._pool is not None and self._waiting_chars >= self._batch_chars:
            self._send()

    def start_pool(self) -> None:
        """Start the workers now (when formatting runs in parallel at all), for example while
        a big spec is still loading: each black worker's start-up (importing black) then
        overlaps that work instead of delaying the first batch."""
        if self._pool is not None or not self._parallel:
            return
        if self._options.formatter == "ruff":
            self._pool = ThreadPoolExecutor(max_workers=1)
        else:
            jobs = self._options.jobs or _available_cpus()
            # Spawned, not forked: a forked worker would share the parent's whole heap (spec,
            # IR, sources), copying its pages as the garbage collector walks them.
            self._pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"))
            for _ in range(jobs):
                self._pool.submit(_format_pieces, [], self._options, worker=True)  # makes every worker start now

    def _send(self) -> None:
        assert self._pool is not None
        if self._waiting:
            batch = list(self._waiting)
            formatter = _batch_formatter(self._options, worker=self._options.formatter == "black")  # in a process of its own
            self._sent.append((batch, self._pool.submit(formatter, list(self._waiting.items()), self._options)))
        self._waiting.clear()
        self._waiting_chars = 0

    def _record(self, texts: list[str], results: list[str | None]) -> None:
        for text, result in zip(texts, results):
            if result is not None:  # None: invalid Python, reported for its module in _joined
                self._atoms[text] = result

    def _joined(self, path: str, module: _Module) -> str:
        if module.formatted is not None:
            return module.formatted
        formatted = [self._unit(key, unit) for key, unit in zip(module.unit_keys, module.units)]
        joined = join_units(list(module.units), formatted)
        # Otherwise the module as a whole: this raises the located error for invalid Python.
        text = _format_whole(module.source, path, self._options) if joined is None else joined
        if self._options.cache is not None:
            self._options.cache.put(module.key, text)
        return text

    def _unit(self, key: str, unit: Unit) -> str | None:
        """The formatted unit, from the cache or its atoms (None: one is invalid Python)."""
        text = self._units.get(key)
        if text is None:
            text = join_atoms(unit, [self._atoms.get(atom.text) for atom in unit.parts])
            if text is not None:
                self._units[key] = text
                if self._options.cache is not None:
                    self._options.cache.put(key, text)
        return text


def _compiled(path: str, source: str) -> str:
    """`source` unchanged, once it is known to be valid Python."""
    try:
        compile(source, path, "exec", dont_inherit=True)
    except SyntaxError as exc:
        raise SpecError.single(path, f"templates produced invalid Python: {exc}") from None
    return source


def _available_cpus() -> int:
    if hasattr(os, "sched_getaffinity"):  # Linux: the CPUs this process may run on
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _batch_formatter(options: FormatOptions, worker: bool) -> Callable[[list[tuple[str, bool]], FormatOptions], list[str | None]]:
    """What formats a batch of atoms (text, chainable): one ruff process for all, or black (in
    a pool `worker`, or in this process)."""
    return _format_ruff_all if options.formatter == "ruff" else functools.partial(_format_pieces, worker=worker)


def _format_pieces(atoms: list[tuple[str, bool]], options: FormatOptions, worker: bool = False) -> list[str | None]:
    """Format atoms with black (in a pool `worker`, or in this process); None marks invalid input.

    Chainable atoms go to black in chains of about `_CHAIN_LINES` lines (`pieces.chain`): a
    chain black leaves as it is holds only atoms it leaves as they are, which is what the
    templates write. Otherwise its atoms are formatted one by one, as is every chainable atom
    after it in the batch (a template writing code black changes would make every chain fail).

    In a worker the collector is paused and collects each call's garbage after it: black's
    parse trees are cyclic garbage, and a collection while one is built walks it again and
    again, with black's own objects (20-30 % of black's time). Not in this process: the
    pipeline's objects would be walked each time instead.
    """
    enabled = gc.isenabled()
    if worker:
        gc.disable()
    try:
        results: list[str | None] = [None] * len(atoms)
        chaining = True
        run: list[int] = []
        lines = 0
        for index, (text, chainable) in enumerate(atoms):
            if chainable and chaining:
                run.append(index)
                lines += text.count("\n")
                if lines >= _CHAIN_LINES:
                    chaining = _format_chain(atoms, run, results, options, worker)
                    run, lines = [], 0
            else:
                results[index] = _format_unit(text, options, worker)
        if run:
            _format_chain(atoms, run, results, options, worker)
        return results
    finally:
        if enabled:
            gc.enable()


def _format_chain(
    atoms: list[tuple[str, bool]], run: list[int], results: list[str | None], options: FormatOptions, worker: bool
) -> bool:
    """Format the chainable atoms at `run` into `results`; False when black changed the chain."""
    texts = [atoms[index][0] for index in run]
    if len(texts) == 1:  # no chain to speak of
        results[run[0]] = _format_unit(texts[0], options, worker)
        return True
    text = chain(texts)
    if _format_unit(text, options, worker) == text:
        for index, atom in zip(run, texts):
            results[index] = atom
        return True
    for index, atom in zip(run, texts):
        results[index] = _format_unit(atom, options, worker)
    return False


def _format_unit(source: str, options: FormatOptions, worker: bool = False) -> str | None:
    try:
        return _format_whole(source, "<unit>", options)
    except SpecError:
        return None
    finally:
        if worker:
            gc.collect(0)  # its parse tree


def _format_whole(source: str, path: str, options: FormatOptions) -> str:
    if options.formatter == "ruff":
        return _format_ruff(source, path, options)
    mode = Mode(target_versions={TargetVersion.PY310}, line_length=options.line_length)
    try:
        return black.format_str(source, mode=mode)
    except black.parsing.InvalidInput as exc:
        raise SpecError.single(path, f"templates produced invalid Python: {exc}") from None


def _ruff_version() -> str:
    try:
        from importlib import metadata  # deferred: only ruff's version is looked up this way

        return metadata.version("ruff")
    except ImportError:
        raise SpecError.single("--formatter", "ruff is not installed; install it with `pip install 'oapigen[ruff]'`") from None


def _ruff_format(options: FormatOptions, *arguments: str) -> list[str]:
    """The `ruff format` command line for these options, then `arguments`."""
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped,import-not-found,unused-ignore]  # optional extra

    command = [find_ruff_bin(), "format", "--isolated", "--target-version", "py310"]
    return [*command, "--line-length", str(options.line_length), *arguments]


def _format_ruff_all(atoms: list[tuple[str, bool]], options: FormatOptions) -> list[str | None]:
    """Format many units with one ruff process (one per unit costs more than the formatting)."""
    units = [text for text, _ in atoms]
    memory = _scratch_folder(sum(len(unit) for unit in units) * 4)  # UTF-8 bytes, at most
    if memory is not None:
        try:
            return _ruff_in_folder(units, options, memory)
        except OSError:
            pass  # the memory filled up after all: on disk
    return _ruff_in_folder(units, options, None)


def _ruff_in_folder(units: list[str], options: FormatOptions, parent: str | None) -> list[str | None]:
    with tempfile.TemporaryDirectory(prefix="oapigen-ruff-", dir=parent) as folder:
        paths = [Path(folder, f"unit{index}.py") for index in range(len(units))]
        for path, unit in zip(paths, units):
            path.write_bytes(unit.encode("utf-8"))
        done = subprocess.run(_ruff_format(options, "--quiet", folder), capture_output=True, check=False)
        if done.returncode != 0:
            return [_format_unit(unit, options) for unit in units]  # find the invalid ones
        return [path.read_bytes().decode("utf-8") for path in paths]


def _scratch_folder(size: int) -> str | None:
    """A folder in memory for `size` bytes of ruff's scratch files, when the system has one
    with room to spare (Linux's /dev/shm; a container may give it only 64 MB).

    Writing, reading back and deleting some 1,700 files on a disk costs several times the
    formatting itself on some systems (0.9-1.2 s against 0.15 s in memory for GitHub's client).
    None: the system's temporary folder (also when `TMPDIR` names one).
    """
    if os.environ.get("TMPDIR"):
        return None  # the user chose where temporary files go
    memory = "/dev/shm"  # noqa: S108 - a scratch folder of our own is made inside it
    try:
        room = os.statvfs(memory)
    except (OSError, AttributeError):  # no such folder, or no statvfs (Windows)
        return None
    free = room.f_bavail * room.f_frsize
    return memory if free > 2 * size and os.access(memory, os.W_OK | os.X_OK) else None


def _format_ruff(source: str, path: str, options: FormatOptions) -> str:
    command = _ruff_format(options, "--stdin-filename", path, "-")
    done = subprocess.run(command, input=source.encode("utf-8"), capture_output=True, check=False)
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SpecError.single(path, f"templates produced invalid Python: {detail[-1] if detail else 'ruff failed'}")
    return done.stdout.decode("utf-8")
