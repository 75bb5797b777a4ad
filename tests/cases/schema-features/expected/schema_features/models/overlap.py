"""Models of Schema Features: Overlap."""

from __future__ import annotations

from typing import TypeAlias

from .cat import Cat
from .dog import Dog

# No discriminator; both members accept {"kind": "x"}.
Overlap: TypeAlias = Dog | Cat
