"""Resolve `$ref`s: JSON pointers within a document and relative references across files."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import unquote, urljoin

from generator.diagnostics import SpecError
from generator.loader import load_bytes, parse_text, read_file

# The digest recorded for a spec file that could not be read.
ABSENT = "absent"
# A chain of `$ref`s to `$ref`s longer than this is treated as a cycle.
MAX_REF_CHAIN = 64
# Limits for remote documents, fetched only when remote refs are allowed.
REMOTE_TIMEOUT = 30.0
MAX_REMOTE_BYTES = 50_000_000


def escape_token(token: str) -> str:
    """Escape one JSON pointer token (RFC 6901 §3)."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape_token(token: str) -> str:
    """Undo `escape_token` (RFC 6901 §4: `~1` first, then `~0`)."""
    return token.replace("~1", "/").replace("~0", "~")


def split_pointer(pointer: str) -> list[str]:
    """Split a JSON pointer (already percent-decoded) into unescaped tokens."""
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"JSON pointer must start with '/': {pointer!r}")
    return [unescape_token(t) for t in pointer[1:].split("/")]


class Node(NamedTuple):
    """A value in a loaded document together with where it lives.

    A named tuple, not a dataclass: the IR builder makes one per value it visits (~125,000 on
    GitHub's spec), and a tuple is built several times faster.
    """

    doc: str
    pointer: str
    value: Any

    @property
    def location(self) -> str:
        return f"{self.doc}#{self.pointer}"

    @property
    def key(self) -> str:
        """A stable identity for this place in the spec (used to key schemas and operations)."""
        return self.location

    def child(self, token: str | int) -> Node:
        value = self.value[token]
        return Node(self.doc, f"{self.pointer}/{escape_token(str(token))}", value)

    def get(self, token: str) -> Node | None:
        if isinstance(self.value, dict) and token in self.value:
            return self.child(token)
        return None

    def items(self) -> Iterator[tuple[str, Node]]:
        if isinstance(self.value, dict):
            for k in self.value:
                yield k, self.child(k)

    def elements(self) -> Iterator[Node]:
        if isinstance(self.value, list):
            for i in range(len(self.value)):
                yield self.child(i)


class Resolver:
    """Loads the root document and, on demand, the files it references; follows `$ref`s."""

    def __init__(self, root_path: Path, *, allow_remote: bool = False) -> None:
        self._base_dir = root_path.resolve().parent
        self._docs: dict[str, Any] = {}
        # Every document asked for, the root first: the SHA-256 of the bytes a local file was
        # parsed from, ABSENT for one that could not be read, None for a fetched one.
        self._inputs: dict[str, str | None] = {}
        # What each `$ref` string names, by the document it is written in: the same few
        # hundred refs are followed tens of thousands of times (documents never change once loaded).
        self._found: dict[tuple[str, str], Node] = {}
        self._allow_remote = allow_remote
        self.root_name = root_path.name
        self.root = Node(self.root_name, "", self._load(self.root_name, str(root_path)))

    def document_paths(self) -> tuple[Path, ...]:
        """Every document asked for so far, the root first, read or not (a `$ref` to a missing
        file can leave only a warning: the file appearing later must change the result)."""
        return tuple(self._base_dir / name for name in self._inputs)

    def document_digests(self) -> tuple[str | None, ...]:
        """For each of `document_paths`: the SHA-256 of the bytes parsed, ABSENT, or None (fetched)."""
        return tuple(self._inputs.values())

    def _load(self, name: str, display: str) -> Any:
        if name not in self._docs:
            if _is_url(name):
                self._inputs[name] = None
                self._docs[name] = fetch(name)
            else:
                self._inputs.setdefault(name, ABSENT)
                raw = read_file(self._base_dir / name, display)
                self._inputs[name] = hashlib.sha256(raw).hexdigest()
                self._docs[name] = load_bytes(raw, display)
        return self._docs[name]

    def _document_name(self, ref_path: str, from_doc: str, location: str) -> str:
        """The name of a document a `$ref` points into: a URL, or a path relative to the root's folder."""
        if "://" in ref_path or _is_url(from_doc):
            return self._remote_name(ref_path, from_doc, location)
        target = os.path.normpath(os.path.join(os.path.dirname(from_doc), unquote(ref_path)))
        target = target.replace(os.sep, "/")
        if os.path.isabs(target):
            raise SpecError.single(location, f"absolute file $ref {ref_path!r} is not allowed")
        return target

    def _remote_name(self, ref_path: str, from_doc: str, location: str) -> str:
        """The URL a `$ref` names (relative to a remote document's own URL); only when allowed."""
        url = urljoin(from_doc, ref_path) if _is_url(from_doc) else ref_path
        scheme = url.split("://", 1)[0].lower()
        if not self._allow_remote:
            raise SpecError.single(
                location,
                f"remote $ref {ref_path!r} ({scheme}) is not fetched; download it and reference the "
                "local copy, or allow remote refs (GenerateRequest(allow_remote_refs=True))",
            )
        if scheme not in ("http", "https"):
            raise SpecError.single(location, f"remote $ref {ref_path!r}: only http and https URLs are fetched")
        return url

    def follow(self, node: Node) -> Node:
        """Follow `$ref` (and refs to refs) from `node` to the value it finally names."""
        seen: list[str] = []
        while isinstance(node.value, dict) and isinstance(node.value.get("$ref"), str):
            if node.location in seen or len(seen) > MAX_REF_CHAIN:
                chain = " -> ".join(seen + [node.location])
                raise SpecError.single(seen[0], f"$ref cycle with no schema in it: {chain}")
            seen.append(node.location)
            node = self.lookup(node.value["$ref"], node.doc, node.location + "/$ref")
        return node

    def lookup(self, ref: str, from_doc: str, location: str) -> Node:
        """The node a single `$ref` string names, without following further refs."""
        found = self._found.get((ref, from_doc))
        if found is None:
            found = self._found[(ref, from_doc)] = self._lookup(ref, from_doc, location)
        return found

    def _lookup(self, ref: str, from_doc: str, location: str) -> Node:
        path_part, _, fragment = ref.partition("#")
        doc = self._document_name(path_part, from_doc, location) if path_part else from_doc
        if doc != from_doc or doc not in self._docs:
            try:
                self._load(doc, doc)
            except SpecError as exc:
                detail = exc.diagnostics[0].message
                raise SpecError.single(location, f"$ref {ref!r}: {doc}: {detail}") from None
        node = Node(doc, "", self._docs[doc])
        try:
            tokens = split_pointer(unquote(fragment))
        except ValueError as exc:
            raise SpecError.single(location, f"bad $ref {ref!r}: {exc}") from None
        for token in tokens:
            value = node.value
            if isinstance(value, dict) and token in value:
                node = node.child(token)
            elif isinstance(value, list) and token.isdigit() and int(token) < len(value):
                node = node.child(int(token))
            else:
                raise SpecError.single(location, f"$ref {ref!r} points to nothing ({token!r} not found)")
        return node


def _is_url(name: str) -> bool:
    return "://" in name


def fetch(url: str) -> Any:
    """Download and parse a remote document (at most MAX_REMOTE_BYTES, within REMOTE_TIMEOUT)."""
    try:
        from urllib.request import urlopen  # deferred: remote refs are rare and off by default

        with urlopen(url, timeout=REMOTE_TIMEOUT) as response:  # noqa: S310 - scheme checked
            raw = response.read(MAX_REMOTE_BYTES + 1)
    except (OSError, ValueError) as exc:
        raise SpecError.single(url, f"cannot fetch: {exc}") from None
    if len(raw) > MAX_REMOTE_BYTES:
        raise SpecError.single(url, f"larger than {MAX_REMOTE_BYTES} bytes")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError.single(url, f"not UTF-8 text (byte {exc.start})") from None
    return parse_text(text, url)

