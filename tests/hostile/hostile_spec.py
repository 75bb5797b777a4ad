"""Python-breaking text, and a spec that puts every piece of it in every place spec text reaches."""

from __future__ import annotations

from typing import Any

# Each string tries to end a literal, a docstring, a comment or a line, to smuggle in a call or an
# import, to be a reserved or unusual identifier, or to fool a reader of the generated code.
HOSTILE = (
    '"""; import os; os.system("echo pwned") #',
    "'''; __import__('os').system('echo pwned') #",
    '"; __import__("os").system("echo pwned"); "',
    "'); exec('print(1)'); ('",
    "back\\slash\\",
    "\\",
    "a\\",
    '\\"""',
    "\\N{BULLET} \\x41 \\u0041 \\0",
    "cr\rlf\ncrlf\r\nend",
    "nul\x00byte",
    "line\u2028sep\u2029para\x85nel\x0bvt\x0cff\x1cfs",
    "tab\there",
    "{{ 7 * 7 }} {% if true %}x{% endif %} {# c #} ${x}",
    "__import__",
    "os.system",
    "__class__",
    "__init__",
    "class",
    "None",
    "match",
    "self",
    "model_config",
    "1leading digit",
    "",
    " ",
    "_",
    "ℌello ｆｕｌｌｗｉｄｔｈ",  # compatibility forms that NFKD turns into ASCII
    "раураl",  # Cyrillic look-alikes of "paypal"
    "rtl\u202eoverride",
    "emoji 😀",
    "\ud7ff\ue000\uffff",
    "#!/bin/sh\n# -*- coding: latin-1 -*-",
    "x\"y'z`w",
    '"',
    "'",
    '""',
    "''''''",
    "</script><script>alert(1)</script> | `code` [link](javascript:x)",
    "../../etc/passwd",
    "C:\\Windows\\system32",
    "CON",
)

BENIGN_ENUM_VALUES = ("plain",)


def hostile_document() -> dict[str, Any]:
    """An OpenAPI 3.1 document with every HOSTILE string in every place text reaches output."""
    schemas: dict[str, Any] = {
        "Choice": {"type": "string", "enum": [*HOSTILE, *BENIGN_ENUM_VALUES], "description": HOSTILE[0]},
        "Holder": {
            "type": "object",
            "title": HOSTILE[1],
            "description": "\n".join(HOSTILE),
            "properties": {
                text: {"type": "string", "title": text, "description": text, "default": text, "example": text}
                for text in HOSTILE
            },
        },
    }
    for index, text in enumerate(HOSTILE):
        schemas[f"{text}{index}"] = {
            "type": "object",
            "title": text,
            "description": text,
            "example": {text: text},
            "properties": {text: {"type": "integer", "default": 1, "description": text}},
        }
    # Sent and received, every other property read-only: `SentRequest` drops those by name.
    schemas["Sent"] = {
        "type": "object",
        "properties": {text: {"type": "string", "readOnly": index % 2 == 0} for index, text in enumerate(HOSTILE)},
    }
    sent = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Sent"}}}}
    paths: dict[str, Any] = {
        "/sent": {"post": {"operationId": "send", "requestBody": sent, "responses": {"200": {"description": "ok", **sent}}}}
    }
    for index, text in enumerate(HOSTILE):
        placeholder = f"{{{text}}}" if text and not set(text) & set("{}/") else ""
        paths[f"/h{index}/{placeholder}{text}"] = {"get": _operation(index, text, bool(placeholder))}
    return {
        "openapi": "3.1.0",
        "info": {"title": HOSTILE[0], "version": HOSTILE[1], "description": "\n\n".join(HOSTILE)},
        "servers": [{"url": "https://{host}/v1'\"\\", "variables": {"host": {"default": HOSTILE[2]}}}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                f"{text}{index}": {"type": "apiKey", "in": "header", "name": f"X-Key-{index}", "description": text}
                for index, text in enumerate(HOSTILE)
            },
        },
    }


def _operation(index: int, text: str, has_path_parameter: bool) -> dict[str, Any]:
    locations = ("query", "header", "cookie") + (("path",) if has_path_parameter else ())
    return {
        "operationId": text,
        "summary": text,
        "description": text,
        "tags": [text],
        "parameters": [
            {"name": text, "in": where, "required": where == "path", "description": text, "schema": {"type": "string"}}
            for where in locations
        ],
        "responses": {
            "200": {
                "description": text,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Holder"}}},
            },
            "default": {"description": text},
        },
    }
