"""Every rule about Python identifiers: casing, keywords, builtins, invalid characters."""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from functools import lru_cache

_WORD_BOUNDARY = re.compile(r"([a-z0-9])([A-Z])|([A-Z]+)([A-Z][a-z])")
_NON_WORD = re.compile(r"[^0-9a-zA-Z]+")

KEYWORDS = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist)
BUILTINS = frozenset(dir(builtins))


# The casing functions are memoised: on a large spec the same few thousand names are cased
# tens of thousands of times.
@lru_cache(maxsize=1 << 16)
def words(text: str) -> tuple[str, ...]:
    """Split any spec string into ASCII words: `getVideoByID` → get, Video, By, ID."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = _WORD_BOUNDARY.sub(lambda m: f"{m.group(1) or m.group(3)}_{m.group(2) or m.group(4)}", text)
    return tuple(w for w in _NON_WORD.split(text) if w)


@lru_cache(maxsize=1 << 16)
def snake_case(text: str, fallback: str = "value") -> str:
    """A lowercase identifier: never empty, never starting with a digit or underscore."""
    result = "_".join(w.lower() for w in words(text)) or fallback
    if result[0].isdigit():
        result = f"{fallback}_{result}"
    return result


@lru_cache(maxsize=1 << 16)
def pascal_case(text: str, fallback: str = "Model") -> str:
    """A class-style identifier: `video_output` → VideoOutput, never starting with a digit."""
    parts = words(text)
    result = "".join(w[0].upper() + w[1:] for w in parts) or fallback
    if result[:1].isdigit():
        result = f"{fallback}{result}"
    return result


@lru_cache(maxsize=1 << 16)
def upper_snake(text: str, fallback: str = "VALUE") -> str:
    """A constant-style identifier for enum members: `signed-url` → SIGNED_URL."""
    result = "_".join(w.upper() for w in words(text)) or fallback
    if result[0].isdigit():
        result = f"{fallback}_{result}"
    return result


def is_safe_identifier(name: str) -> bool:
    """True when `name` is a plain ASCII identifier that is not a keyword."""
    return name.isascii() and name.isidentifier() and name not in KEYWORDS


def avoid(name: str, reserved: frozenset[str] | set[str], suffix: str = "_") -> str:
    """`name`, changed so it is not a keyword and not in `reserved`."""
    while name in KEYWORDS or name in reserved:
        name += suffix
    return name


def unique(name: str, taken: set[str], separator: str = "") -> str:
    """`name`, or `name2`, `name3`, … : the first one not in `taken` (which is updated)."""
    candidate = name
    n = 2
    while candidate in taken:
        candidate = f"{name}{separator}{n}"
        n += 1
    taken.add(candidate)
    return candidate
