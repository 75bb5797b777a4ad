"""Models of Phaseo Gateway API: OcrResponse."""

from __future__ import annotations

from typing import Any, TypeAlias

__all__ = ["OcrResponse"]


OcrResponse: TypeAlias = dict[str, Any]
