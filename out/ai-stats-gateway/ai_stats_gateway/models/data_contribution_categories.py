"""Models of Phaseo Gateway API: DataContributionCategories."""

from __future__ import annotations

from typing import TypeAlias

DataContributionCategories: TypeAlias = dict[str, list[str]]
