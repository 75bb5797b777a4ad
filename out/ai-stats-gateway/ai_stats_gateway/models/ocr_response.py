"""Models of Phaseo Gateway API: OcrResponse."""

from __future__ import annotations

from typing import Any, TypeAlias

OcrResponse: TypeAlias = dict[str, Any]
