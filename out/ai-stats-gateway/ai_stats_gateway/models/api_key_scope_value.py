"""Models of Phaseo Gateway API: ApiKeyScopeValue."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["ApiKeyScopeValue"]


ApiKeyScopeValue: TypeAlias = str | list[str]
