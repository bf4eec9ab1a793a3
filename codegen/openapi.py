"""Export the spec as a plain OpenAPI 3.1 document that ordinary tools can read.

OpenAPI allows one operation per path and method, while IG serves several versions of one path side by
side. The export therefore keys each operation under ``<path>#<operationId>``: the part before ``#`` is IG's
real path template, the fragment keeps the key unique, and each operation declares its ``VERSION`` header
as a required parameter whose only allowed value is its version.
"""

from __future__ import annotations

import copy
from typing import Any

from codegen.spec import REF_PREFIX, Spec

__all__ = ["to_openapi", "clean_schema"]

_STATUS_TEXT = {"400": "Bad request", "401": "Not authenticated", "403": "Forbidden", "404": "Not found"}


def clean_schema(schema: Any) -> Any:
    """Drop our x-ig-* keys and turn schema-name references into OpenAPI component references."""
    if isinstance(schema, dict):
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key.startswith("x-ig-"):
                continue
            if key == "$ref" and not str(value).startswith("#"):
                value = REF_PREFIX + str(value)
            out[key] = clean_schema(value)
        return out
    if isinstance(schema, list):
        return [clean_schema(v) for v in schema]
    return schema


def to_openapi(spec: Spec) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for op_id, op in spec.operations.items():
        parameters = [
            {
                "name": "VERSION",
                "in": "header",
                "required": True,
                "description": "IG's endpoint version selector.",
                "schema": {"type": "string", "enum": [str(op["version"])]},
            }
        ]
        for param in op.get("parameters") or []:
            entry = {k: clean_schema(v) for k, v in param.items() if not k.startswith("x-ig-")}
            parameters.append(entry)
        method = "post" if op.get("x-ig-method-override") else str(op["method"]).lower()
        if op.get("x-ig-method-override"):
            parameters.append(
                {
                    "name": "_method",
                    "in": "header",
                    "required": True,
                    "description": "IG reads this POST as the DELETE it stands for.",
                    "schema": {"type": "string", "enum": [op["x-ig-method-override"]]},
                }
            )
        responses: dict[str, Any] = {}
        if op.get("response"):
            responses["200"] = {
                "description": "Success.",
                "content": {
                    "application/json": {
                        "schema": {"$ref": REF_PREFIX + op["response"]},
                        "example": op.get("x-ig-example"),
                    }
                },
            }
        elif op.get("x-ig-binary-response"):
            media = op["x-ig-binary-response"]
            responses["200"] = {
                "description": "The file.",
                "content": {media: {"schema": {"type": "string"}}},
            }
        else:
            responses["200"] = {"description": "Success, with no body."}
        for status, codes in sorted((op.get("x-ig-errors") or {}).items()):
            listed = ", ".join(map(str, codes or []))
            responses[str(status)] = {
                "description": f"{_STATUS_TEXT.get(str(status), 'Error')}: {listed}",
                "content": {"application/json": {"schema": {"$ref": REF_PREFIX + "IgErrorBody"}}},
            }
        operation: dict[str, Any] = {
            "operationId": op_id,
            "tags": [op["x-ig-resource"]],
            "summary": op["summary"],
            "description": op["description"],
            "parameters": parameters,
            "responses": responses,
            "deprecated": bool(op.get("x-ig-deprecated")),
        }
        if op.get("requestBody"):
            operation["requestBody"] = {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": REF_PREFIX + op["requestBody"]},
                        "example": op.get("x-ig-request-example"),
                    }
                },
            }
        for key in ("x-ig-trading", "x-ig-auth", "x-ig-rate-bucket", "x-ig-preferred", "x-ig-version"):
            if key in op:
                operation[key] = op[key]
        operation["x-ig-version"] = op["version"]
        paths.setdefault(f"{op['path']}#{op_id}", {})[method] = operation
    schemas = {name: clean_schema(schema) for name, schema in spec.schemas.items()}
    schemas["IgErrorBody"] = {
        "type": "object",
        "description": "IG's error answer.",
        "properties": {"errorCode": {"type": "string", "description": "IG's error code."}},
    }
    info = copy.deepcopy(spec.root["info"])
    return {
        "openapi": "3.1.0",
        "info": info,
        "servers": spec.root.get("servers", []),
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "apiKey": {"type": "apiKey", "in": "header", "name": "X-IG-API-KEY"},
                "cst": {"type": "apiKey", "in": "header", "name": "CST"},
                "securityToken": {"type": "apiKey", "in": "header", "name": "X-SECURITY-TOKEN"},
                "oauth": {"type": "http", "scheme": "bearer"},
            },
        },
        "security": [{"apiKey": [], "cst": [], "securityToken": []}, {"apiKey": [], "oauth": []}],
    }
