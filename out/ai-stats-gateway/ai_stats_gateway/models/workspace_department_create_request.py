"""Models of Phaseo Gateway API: WorkspaceDepartmentCreateRequest."""

from __future__ import annotations

from .workspace_department_input import WorkspaceDepartmentInput


class WorkspaceDepartmentCreateRequest(WorkspaceDepartmentInput):
    """The `WorkspaceDepartmentCreateRequest` schema."""
