"""Models of Phaseo Gateway API: ApiKeyScopeValue."""

from __future__ import annotations

from typing import TypeAlias

ApiKeyScopeValue: TypeAlias = str | list[str]
