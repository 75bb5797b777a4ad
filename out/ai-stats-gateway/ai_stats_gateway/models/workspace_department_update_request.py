"""Models of Phaseo Gateway API: WorkspaceDepartmentUpdateRequest."""

from __future__ import annotations

from typing import TypeAlias

from .workspace_department_input import WorkspaceDepartmentInput

WorkspaceDepartmentUpdateRequest: TypeAlias = WorkspaceDepartmentInput
