"""Run datamodel-code-generator on the spec's schemas with pinned options; read back the field names."""

from __future__ import annotations

import re
import sys
import types
from typing import Any

from datamodel_code_generator import generate
from datamodel_code_generator.enums import DataModelType, InputFileType
from datamodel_code_generator.format import PythonVersion

from codegen.ir import FORMAT_TYPES, params_schema_name, ref_name
from codegen.openapi import clean_schema
from codegen.spec import REF_PREFIX, Spec

__all__ = ["generate_models", "request_side", "params_schemas", "field_names_of"]

BANNER = "# Generated from spec/ by `make generate` (codegen/models.py). Do not edit."

# Options fixed here, not on a command line, so every run (and every machine) renders the same bytes.
_OPTIONS: dict[str, Any] = {
    "input_file_type": InputFileType.OpenAPI,
    "output_model_type": DataModelType.PydanticV2BaseModel,
    "target_python_version": PythonVersion.PY_311,
    "base_class": "ig_sdk._models.IGResponseModel",
    "use_annotated": True,
    "field_constraints": True,
    "snake_case_field": True,
    "use_standard_collections": True,
    "use_union_operator": True,
    "use_specialized_enum": True,
    "capitalise_enum_members": True,
    "strict_nullable": True,
    "use_schema_description": True,
    "use_field_description": True,
    "use_inline_field_description": True,
    "use_single_line_docstring": True,
    "collapse_root_models": False,
    "use_double_quotes": True,
    "keep_model_order": False,
    "disable_future_imports": True,
    "disable_timestamp": True,
    "use_exact_imports": True,
    "enum_field_as_literal": "none",
    "custom_file_header": BANNER,
    "import_overrides": {"StrEnum": "ig_sdk._models"},
    "type_overrides": {name: f"ig_sdk._timestamps.{name}" for name in FORMAT_TYPES},
    "formatters": ["ruff-check", "ruff-format"],
}


def params_schemas(spec: Spec) -> dict[str, Any]:
    """One model per operation with parameters, so path and query values are validated like bodies."""
    out: dict[str, Any] = {}
    for op_id, op in spec.operations.items():
        params = op.get("parameters") or []
        if not params:
            continue
        properties: dict[str, Any] = {}
        for param in params:
            schema = dict(param["schema"])
            schema["description"] = param.get("description", "")
            is_plain_string = ref_name(schema) is None and schema.get("type") == "string"
            if param["in"] == "path" and is_plain_string and "pattern" not in schema:
                schema["minLength"] = 1  # an empty segment would change which endpoint IG sees
            properties[param["name"]] = schema
        out[params_schema_name(op_id)] = {
            "type": "object",
            "description": f"Path and query parameters of {op_id}.",
            "properties": properties,
            "required": [p["name"] for p in params if p.get("required")],
        }
    return out


def request_side(spec: Spec) -> set[str]:
    """Object schemas sent to IG (request bodies, their parts, parameter models): validated strictly."""
    pending = [op["requestBody"] for op in spec.operations.values() if op.get("requestBody")]
    seen: set[str] = set()
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        pending.extend(_refs(spec.schemas[name]))
    return {n for n in seen if spec.schemas[n].get("type") == "object"}


def _refs(schema: Any) -> list[str]:
    if isinstance(schema, dict):
        found = [str(schema["$ref"]).removeprefix(REF_PREFIX)] if "$ref" in schema else []
        for value in schema.values():
            found.extend(_refs(value))
        return found
    if isinstance(schema, list):
        return [r for v in schema for r in _refs(v)]
    return []


def _without_defaults(schema: Any) -> Any:
    """IG's defaults say what IG does when a value is left out; the models must not invent values to send."""
    if isinstance(schema, dict):
        return {k: _without_defaults(v) for k, v in schema.items() if k != "default"}
    if isinstance(schema, list):
        return [_without_defaults(v) for v in schema]
    return schema


def _decimal_numbers(schema: Any) -> Any:
    """Every JSON number becomes a Decimal: the one number type of responses, requests and the stream."""
    if isinstance(schema, dict):
        out = {k: _decimal_numbers(v) for k, v in schema.items()}
        kind = schema.get("type")
        if kind == "number" or (isinstance(kind, list) and "number" in kind):
            out["format"] = "decimal"
        return out
    if isinstance(schema, list):
        return [_decimal_numbers(v) for v in schema]
    return schema


def generate_models(spec: Spec) -> str:
    """The source of every model in one module (split by resource into ``ig_sdk/_generated/models/``)."""
    schemas = {name: _decimal_numbers(_without_defaults(clean_schema(s))) for name, s in spec.schemas.items()}
    params = params_schemas(spec)
    schemas.update(_decimal_numbers(_without_defaults(clean_schema(params))))
    document = {
        "openapi": "3.1.0",
        "info": {"title": "IG", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }
    strict = request_side(spec) | set(params)
    base_map: dict[str, str | list[str]] = {name: "ig_sdk._models.IGRequestModel" for name in sorted(strict)}
    source = generate(document, base_class_map=base_map, **_OPTIONS)
    if not isinstance(source, str):
        raise TypeError("datamodel-code-generator returned several modules; expected one")
    _reject_numbered_names(source, set(schemas))
    return _tidy(_lazy_rows(source, spec), sorted(schemas))


def _lazy_rows(source: str, spec: Spec) -> str:
    """``x-ig-rows: lazy`` arrays become ``Rows[Model]``: checked on arrival, a row built when first read."""
    for name, schema in sorted(spec.schemas.items()):
        for prop, value in sorted((schema.get("properties") or {}).items()):
            if value.get("x-ig-rows") != "lazy":
                continue
            item = ref_name(value.get("items") or {})
            if value.get("type") != "array" or item is None:
                raise ValueError(f"{name}.{prop}: x-ig-rows needs an array of a named model")
            block = re.search(rf"^class {name}\(.*?(?=^\S|\Z)", source, flags=re.M | re.S)
            if block is None:
                raise ValueError(f"{name}: no generated class for an x-ig-rows field")
            body, count = re.subn(
                rf"^(    \w+: (?:Annotated\[)?)list\[{item}\]", rf"\1Rows[{item}]", block.group(0), flags=re.M
            )
            if count != 1:
                raise ValueError(f"{name}.{prop}: expected one list[{item}] field, found {count}")
            source = source[: block.start()] + body + source[block.end() :]
            if "from ig_sdk._rows import Rows" not in source:
                source = re.sub(
                    r"^(from pydantic import .*)$",
                    r"\1\nfrom ig_sdk._rows import Rows",
                    source,
                    count=1,
                    flags=re.M,
                )
    return source


def _reject_numbered_names(source: str, expected: set[str]) -> None:
    classes = set(re.findall(r"^class (\w+)\(", source, flags=re.M))
    extra = sorted(classes - expected)
    if extra:
        raise ValueError(
            f"datamodel-code-generator invented model names: {extra}; name these schemas in spec/"
        )


def _tidy(source: str, names: list[str]) -> str:
    # dcg writes enum docstrings over three lines even with single-line docstrings on; make them one.
    source = re.sub(
        r'^( +)"""\n +([^\n]+?)\n +"""$',
        lambda m: f'{m.group(1)}"""{m.group(2).strip()}"""',
        source,
        flags=re.M,
    )
    exported = [n for n in names if n not in FORMAT_TYPES]
    listing = "".join(f'    "{n}",\n' for n in exported)
    return source.rstrip() + f"\n\n__all__ = [\n{listing}]\n"


def field_names_of(source: str) -> dict[str, dict[str, str]]:
    """Model name → wire name → Python field name, read from the generated models themselves."""
    module = types.ModuleType("_ig_codegen_models_probe")
    sys.modules[module.__name__] = module
    try:
        exec(compile(source, "<generated models>", "exec"), module.__dict__)
        out: dict[str, dict[str, str]] = {}
        models = [
            obj
            for obj in module.__dict__.values()
            if isinstance(obj, type) and hasattr(obj, "model_rebuild") and obj.__module__ == module.__name__
        ]
        for model in models:
            model.model_rebuild()  # forward references hide Annotated aliases until the model is complete
        for name, obj in module.__dict__.items():
            fields = getattr(obj, "model_fields", None)
            if isinstance(obj, type) and isinstance(fields, dict) and obj.__module__ == module.__name__:
                out[name] = {(info.alias or field): field for field, info in fields.items()}
        return out
    finally:
        del sys.modules[module.__name__]
