"""Models of Phaseo Gateway API: DataContributionCategories."""

from __future__ import annotations

from typing import TypeAlias

__all__ = ["DataContributionCategories"]


DataContributionCategories: TypeAlias = dict[str, list[str]]
