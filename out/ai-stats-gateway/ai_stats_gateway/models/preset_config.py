"""Models of Phaseo Gateway API: PresetConfig."""

from __future__ import annotations

from typing import Any, TypeAlias

# Bounded gateway request defaults, including prompts, parameters, routing, and plugins.
PresetConfig: TypeAlias = dict[str, Any]
