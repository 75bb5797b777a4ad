"""Models of Phaseo Gateway API: GatewayCapabilities."""

from __future__ import annotations

from .._base_model import BaseModel
from .supported_parameter_details import SupportedParameterDetails


class GatewayCapabilities(BaseModel):
    """The `GatewayCapabilities` schema.

    Attributes:
        parameter_details: Structured constraints and provider support for request parameters, keyed by parameter name.
    """

    endpoints: list[str] | None = None
    parameters: list[str]
    parameter_details: SupportedParameterDetails
