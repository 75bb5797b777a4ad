"""Models of Phaseo Gateway API: SupportedParameterDetails."""

from __future__ import annotations

from typing import Any, TypeAlias

# Structured constraints and provider support for request parameters, keyed by parameter name.
SupportedParameterDetails: TypeAlias = dict[str, dict[str, Any]]
