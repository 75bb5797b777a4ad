"""Problems found in a spec, carried as data with the location they concern."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Level = Literal["error", "warning"]


@dataclass(frozen=True)
class Diagnostic:
    """One problem: how bad, where (file and JSON pointer), and what is wrong."""

    level: Level
    location: str
    message: str

    def __str__(self) -> str:
        return f"{self.level}: {self.location}: {self.message}"


@dataclass
class Diagnostics:
    """An append-only collection of diagnostics, passed explicitly through the pipeline."""

    items: list[Diagnostic] = field(default_factory=list)

    def error(self, location: str, message: str) -> None:
        self.items.append(Diagnostic("error", location, message))

    def warning(self, location: str, message: str) -> None:
        self.items.append(Diagnostic("warning", location, message))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.level == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.level == "warning"]


class SpecError(Exception):
    """Raised when a spec cannot be turned into a client; carries every error found."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        super().__init__("\n".join(str(d) for d in diagnostics))

    @classmethod
    def single(cls, location: str, message: str) -> SpecError:
        return cls([Diagnostic("error", location, message)])
