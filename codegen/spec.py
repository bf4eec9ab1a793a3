"""Load the spec (spec/ig-rest.yaml and the area files it lists) and check its conventions.

Every problem is reported with the file and the path inside it, all at once, so that a spec author fixes a
batch per run instead of one error per run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

__all__ = ["Spec", "SpecError", "load_spec", "REF_PREFIX"]

REF_PREFIX = "#/components/schemas/"

_OPERATION_KEYS = {
    "method",
    "path",
    "version",
    "summary",
    "description",
    "parameters",
    "requestBody",
    "response",
    "x-ig-resource",
    "x-ig-method",
    "x-ig-preferred",
    "x-ig-deprecated",
    "x-ig-trading",
    "x-ig-deal-reference",
    "x-ig-auth",
    "x-ig-rate-bucket",
    "x-ig-timeout",
    "x-ig-method-override",
    "x-ig-errors",
    "x-ig-example",
    "x-ig-request-example",
    "x-ig-pagination",
    "x-ig-notes",
    "x-ig-binary-response",
}
_METHODS = {"GET", "POST", "PUT", "DELETE"}
_AUTH = {"session", "api_key", "refresh"}
_BUCKETS = {"trading", "non_trading", "historical", "none"}
_NUMBERED = re.compile(r"([^V\d]\d+|X\d+)$")


class SpecError(Exception):
    """The spec breaks a convention; the message lists every problem found."""


@dataclass
class Spec:
    """The merged spec: top-level metadata, operations in spec order, schemas by name."""

    root: dict[str, Any]
    operations: dict[str, dict[str, Any]]
    schemas: dict[str, dict[str, Any]]
    origin: dict[str, str] = field(default_factory=dict)  # operation/schema name -> file it lives in
    files: list[Path] = field(default_factory=list)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
    except yaml.YAMLError as exc:
        raise SpecError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise SpecError(f"{path}: expected a mapping at the top level")
    return data


def load_spec(root_path: Path, *, lint: bool = True) -> Spec:
    """Read and merge the spec; with ``lint`` also enforce the conventions of spec/README.md."""
    root = _read_yaml(root_path)
    spec = Spec(root=root, operations={}, schemas={}, files=[root_path])
    problems: list[str] = []
    for rel in root.get("files", []):
        path = root_path.parent / rel
        spec.files.append(path)
        data = _read_yaml(path)
        for key in data:
            if key not in {"operations", "schemas"}:
                problems.append(f"{rel}: unknown top-level key {key!r}")
        for name, op in (data.get("operations") or {}).items():
            if name in spec.operations:
                problems.append(f"{rel}: operation {name} also defined in {spec.origin[name]}")
            spec.operations[name] = op
            spec.origin[name] = rel
        for name, schema in (data.get("schemas") or {}).items():
            if name in spec.schemas:
                problems.append(f"{rel}: schema {name} also defined in {spec.origin['schema:' + name]}")
            spec.schemas[name] = schema
            spec.origin["schema:" + name] = rel
    if not problems and lint:
        problems.extend(_lint(spec))
    if problems:
        raise SpecError("spec problems:\n  " + "\n  ".join(problems))
    return spec


def _lint(spec: Spec) -> list[str]:
    problems: list[str] = []
    groups: dict[tuple[str, str], list[tuple[int, str, dict[str, Any]]]] = {}
    for name, op in spec.operations.items():
        where = f"{spec.origin[name]}: operations.{name}"
        problems.extend(_lint_operation(spec, where, op))
        key = (str(op.get("x-ig-resource")), str(op.get("x-ig-method")))
        groups.setdefault(key, []).append((int(op.get("version", 0)), name, op))
    for (resource, method), members in groups.items():
        preferred = [m for m in members if m[2].get("x-ig-preferred") is True]
        if len(preferred) != 1:
            names = ", ".join(m[1] for m in members)
            problems.append(f"{resource}.{method}: exactly one of {names} must be x-ig-preferred")
            continue
        versions = [m[0] for m in members]
        if len(set(versions)) != len(versions):
            problems.append(f"{resource}.{method}: two operations share a version")
        for version, name, op in members:
            if version < preferred[0][0] and not op.get("x-ig-deprecated"):
                problems.append(f"{spec.origin[name]}: operations.{name}: superseded, needs x-ig-deprecated")
    from codegen.models import request_side  # models imports this module

    requests = request_side(spec)
    for name, schema in spec.schemas.items():
        where = f"{spec.origin['schema:' + name]}: schemas.{name}"
        if _NUMBERED.search(name) and not name.startswith("Ig"):
            problems.append(f"{where}: numbered schema name")
        problems.extend(_lint_schema(spec, where, schema, top=True))
        if name not in requests:
            properties = schema.get("properties") or {}
            for field in schema.get("required", []):
                if "x-ig-evidence" not in properties.get(field, {}):
                    problems.append(f"{where}.{field}: required in a response without x-ig-evidence")
    return problems


def _lint_operation(spec: Spec, where: str, op: dict[str, Any]) -> list[str]:
    problems = [f"{where}: unknown key {key!r}" for key in op if key not in _OPERATION_KEYS]
    for key in ("method", "path", "version", "summary", "description", "x-ig-resource", "x-ig-method"):
        if key not in op or op[key] in (None, "", "TODO"):
            problems.append(f"{where}: {key} is missing")
    if op.get("method") not in _METHODS:
        problems.append(f"{where}: method must be one of {sorted(_METHODS)}")
    if op.get("x-ig-auth") not in _AUTH:
        problems.append(f"{where}: x-ig-auth must be one of {sorted(_AUTH)}")
    if op.get("x-ig-rate-bucket") not in _BUCKETS:
        problems.append(f"{where}: x-ig-rate-bucket must be one of {sorted(_BUCKETS)}")
    if not isinstance(op.get("x-ig-trading"), bool):
        problems.append(f"{where}: x-ig-trading must be true or false")
    method = str(op.get("x-ig-method", ""))
    if not re.fullmatch(r"[a-z][a-z0-9_]*", method) or re.search(r"_v\d+$", method):
        problems.append(f"{where}: x-ig-method {method!r} must be snake_case without a version suffix")
    path_names = re.findall(r"{(\w+)}", str(op.get("path", "")))
    declared_path = []
    for index, param in enumerate(op.get("parameters") or []):
        pwhere = f"{where}.parameters[{index}]"
        if param.get("in") not in {"path", "query"}:
            problems.append(f"{pwhere}: `in` must be path or query")
        if param.get("in") == "path":
            declared_path.append(param.get("name"))
            if param.get("required") is not True:
                problems.append(f"{pwhere}: path parameters are required")
        if param.get("required") and "example" not in param:
            problems.append(f"{pwhere}: a required parameter needs an example (the generated tests use it)")
        if not param.get("description") or param.get("description") == "TODO":
            problems.append(f"{pwhere}: description is missing")
        schema = param.get("schema")
        if not isinstance(schema, dict):
            problems.append(f"{pwhere}: schema is missing")
        else:
            problems.extend(_lint_schema(spec, pwhere + ".schema", schema, top=False, described=False))
    if sorted(path_names) != sorted(n for n in declared_path if n):
        problems.append(
            f"{where}: path parameters {path_names} do not match the declared ones {declared_path}"
        )
    for key in ("requestBody", "response"):
        target = op.get(key)
        if target is not None and (not isinstance(target, str) or target not in spec.schemas):
            problems.append(f"{where}: {key} must name a schema, got {target!r}")
    pagination = op.get("x-ig-pagination", "none")
    if pagination != "none":
        problems.extend(_lint_pagination(spec, where, op, pagination))
    if "response" in op and "x-ig-binary-response" in op:
        problems.append(
            f"{where}: an operation answers either JSON (response) or a file (x-ig-binary-response)"
        )
    if "response" in op and "x-ig-example" not in op:
        problems.append(f"{where}: x-ig-example is missing")
    if op.get("x-ig-example") == "TODO":
        problems.append(f"{where}: x-ig-example is TODO")
    if "requestBody" in op and "x-ig-request-example" not in op:
        problems.append(f"{where}: x-ig-request-example is missing")
    return problems


def _lint_pagination(spec: Spec, where: str, op: dict[str, Any], raw: Any) -> list[str]:
    where = f"{where}.x-ig-pagination"
    if not isinstance(raw, dict) or raw.get("style") not in {"page-number", "paging-next"}:
        return [f"{where}: 'none' or a mapping with style page-number or paging-next"]
    problems = []
    params = {p.get("name") for p in op.get("parameters") or []}
    if raw["style"] == "page-number" and raw.get("page") not in params:
        problems.append(f"{where}: page must name a query parameter")
    if raw["style"] == "paging-next" and not raw.get("next"):
        problems.append(f"{where}: paging-next needs next (where the answer links the next page)")
    for key in ("items", "total-pages", "next"):
        if raw.get(key) and not _resolves(spec, op.get("response"), str(raw[key])):
            problems.append(f"{where}: {key} {raw[key]!r} is not a path in the response schema")
    if not raw.get("items"):
        problems.append(f"{where}: items (the field holding a page's records) is missing")
    return problems


def _resolves(spec: Spec, schema_name: object, path: str) -> bool:
    name = str(schema_name)
    for segment in path.split("."):
        prop = (spec.schemas.get(name) or {}).get("properties", {}).get(segment)
        if prop is None:
            return False
        name = str(prop.get("$ref", "")).removeprefix(REF_PREFIX)
    return True


def _lint_schema(
    spec: Spec, where: str, schema: dict[str, Any], *, top: bool, described: bool = True
) -> list[str]:
    problems: list[str] = []
    if "$ref" in schema:
        target = str(schema["$ref"]).removeprefix(REF_PREFIX)
        if target not in spec.schemas:
            problems.append(f"{where}: $ref to unknown schema {schema['$ref']!r}")
        return problems
    if described and (not schema.get("description") or schema.get("description") == "TODO"):
        problems.append(f"{where}: description is missing")
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if "object" in kinds and schema.get("properties") is not None and not top:
        problems.append(f"{where}: inline object schema; name it in schemas and $ref it")
    if "enum" in schema and not top:
        problems.append(f"{where}: inline enum; name it in schemas and $ref it")
    pattern = schema.get("pattern")
    if pattern is not None:
        if not (pattern.startswith("^") and pattern.endswith("$")):
            problems.append(f"{where}: pattern must be anchored with ^…$")
        if "(?>" in pattern or "(?=" in pattern or "(?!" in pattern or "(?<" in pattern:
            problems.append(f"{where}: pattern uses syntax Rust regex lacks")
        try:
            re.compile(pattern)
        except re.error as exc:
            problems.append(f"{where}: pattern does not compile: {exc}")
    for prop, sub in (schema.get("properties") or {}).items():
        if not isinstance(sub, dict):
            problems.append(f"{where}.{prop}: not a schema")
            continue
        problems.extend(_lint_schema(spec, f"{where}.{prop}", sub, top=False))
    items = schema.get("items")
    if isinstance(items, dict):
        problems.extend(_lint_schema(spec, f"{where}[]", items, top=False))
    for required in schema.get("required", []):
        if required not in (schema.get("properties") or {}):
            problems.append(f"{where}: required field {required!r} is not a property")
    return problems
