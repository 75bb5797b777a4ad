"""Build the whole `Api` IR from a loaded spec (the OpenAPI Object, §4.8.1)."""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Diagnostics, SpecError
from generator.ir import Api, SecurityScheme
from generator.operations import OperationBuilder, _security
from generator.refs import Node, Resolver
from generator.schemas import SchemaBuilder, _text


def build_api(resolver: Resolver, diagnostics: Diagnostics) -> Api:
    """The IR of the spec rooted at `resolver.root`; raises SpecError when it is not OpenAPI 3."""
    root = resolver.root
    if not isinstance(root.value, dict):
        raise SpecError.single(root.location, "the document must be a YAML/JSON object")
    version = root.value.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        found = f"swagger {root.value['swagger']!r}" if "swagger" in root.value else f"openapi {version!r}"
        raise SpecError.single(
            root.location + "/openapi", f"not an OpenAPI 3.x document ({found}); only 3.0 and 3.1 are supported"
        )
    found_info = root.value.get("info")
    info: dict[str, Any] = found_info if isinstance(found_info, dict) else {}
    schemas = SchemaBuilder(resolver, diagnostics)
    components = root.get("components")
    component_schemas = components.get("schemas") if components is not None else None
    if component_schemas is not None and isinstance(component_schemas.value, dict):
        for name, node in component_schemas.items():
            schemas.component(node, name)
    default_security = _security(root.value.get("security"), ())
    builder = OperationBuilder(resolver, schemas, diagnostics)
    operations = builder.build_all(root, default_security)
    builder.build_payloads(root)
    return Api(
        title=_text(info.get("title")) or "API",
        version=str(info.get("version", "")),
        description=_text(info.get("description")),
        openapi_version=version,
        servers=_servers(root),
        schemas=tuple(schemas.defs.values()),
        operations=tuple(operations),
        security_schemes=_security_schemes(components, diagnostics),
    )


def _servers(root: Node) -> tuple[str, ...]:
    servers = root.value.get("servers")
    if not isinstance(servers, list):
        return ()
    urls = []
    for server in servers:
        if isinstance(server, dict) and isinstance(server.get("url"), str):
            urls.append(_expand_server(server["url"], server.get("variables")))
    return tuple(urls)


def _expand_server(url: str, variables: Any) -> str:
    """Substitute server variables with their defaults (§4.8.6)."""
    if isinstance(variables, dict):
        for name, var in variables.items():
            if isinstance(var, dict) and "default" in var:
                url = url.replace("{" + str(name) + "}", str(var["default"]))
    return url


def _security_schemes(components: Node | None, diagnostics: Diagnostics) -> tuple[SecurityScheme, ...]:
    node = components.get("securitySchemes") if components is not None else None
    if node is None or not isinstance(node.value, dict):
        return ()
    schemes = []
    for name, scheme in node.items():
        value = scheme.value
        if not isinstance(value, dict):
            continue
        type_ = value.get("type")
        if type_ not in ("http", "apiKey", "oauth2", "openIdConnect", "mutualTLS"):
            diagnostics.warning(scheme.location, f"unknown security scheme type {type_!r}; ignored")
            continue
        location = value.get("in") if value.get("in") in ("header", "query", "cookie") else None
        schemes.append(
            SecurityScheme(
                name=name,
                type=type_,
                scheme=str(value["scheme"]).lower() if isinstance(value.get("scheme"), str) else None,
                location=location,
                parameter_name=value.get("name") if isinstance(value.get("name"), str) else None,
                description=_text(value.get("description")),
            )
        )
    return tuple(schemes)
