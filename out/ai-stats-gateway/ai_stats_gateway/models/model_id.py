"""Models of Phaseo Gateway API: ModelId."""

from __future__ import annotations

from typing import TypeAlias

# Model identifier. This is a runtime string so newly released models can be used without waiting for an SDK update.
ModelId: TypeAlias = str
