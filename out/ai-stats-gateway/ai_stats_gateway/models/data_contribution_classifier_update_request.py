"""Models of Phaseo Gateway API: DataContributionClassifierUpdateRequest."""

from __future__ import annotations

from typing import TypeAlias

from .data_contribution_classifier_input import DataContributionClassifierInput

DataContributionClassifierUpdateRequest: TypeAlias = DataContributionClassifierInput
