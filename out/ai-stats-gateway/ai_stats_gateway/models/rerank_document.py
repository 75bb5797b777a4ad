"""Models of Phaseo Gateway API: RerankDocument."""

from __future__ import annotations

from typing import Any, TypeAlias

RerankDocument: TypeAlias = str | dict[str, Any]
