"""The generator's intermediate representation: the spec's operations as frozen, template-ready records."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from codegen.naming import pascal_case, python_identifier
from codegen.spec import REF_PREFIX, Spec

__all__ = [
    "Argument",
    "OperationIR",
    "PaginationIR",
    "build_operations",
    "params_schema_name",
    "FORMAT_TYPES",
]

# Named wire formats and the plain Python type a caller passes for them.
FORMAT_TYPES = {
    "IgDateTime": "datetime",
    "IgUtcDateTime": "datetime",
    "IgEpochMillis": "datetime",
    "IgColonDateTime": "datetime",
    "IgSpaceDateTime": "datetime",
    "IgIsoOffsetDateTime": "datetime",
    "IgGoodTill": "datetime",
    "IgTime": "time",
    "IgDate": "date",
    "IgDashDate": "date",
}

# A number argument takes a Decimal (what responses and the stream hand back) or a float; int fits float.
_SCALARS = {"string": "str", "number": "Decimal | float", "integer": "int", "boolean": "bool"}


@dataclass(frozen=True)
class Argument:
    """One keyword of a generated method."""

    python_name: str
    wire_name: str
    location: str  # path | query | body
    required: bool
    nullable: bool
    annotation: str
    description: str
    models: tuple[str, ...] = ()


@dataclass(frozen=True)
class PaginationIR:
    """``x-ig-pagination`` with IG's wire names resolved to the Python names of arguments and attributes."""

    style: str
    items: str
    page_param: str | None
    size_param: str | None
    first_page: int
    total_pages: tuple[str, ...]
    next_link: tuple[str, ...]


@dataclass(frozen=True)
class OperationIR:
    """Everything the templates need to render one operation's method and registry entry."""

    operation_id: str
    resource: str
    method_name: str
    method: str
    path: str
    version: int
    summary: str
    description: str
    trading: bool
    deal_reference: bool
    auth: str
    rate_bucket: str
    long_timeout: bool
    method_override: str | None
    preferred: bool
    deprecated: str | None
    arguments: tuple[Argument, ...]
    request_model: str | None
    params_model: str | None
    response_model: str | None
    error_codes: tuple[str, ...]
    binary_response: str | None = None  # media type of a non-JSON answer (a PDF), returned as bytes
    pagination: PaginationIR | None = None

    @property
    def pages_name(self) -> str:
        return f"{self.method_name}_pages_v{self.version}"

    @property
    def return_type(self) -> str:
        if self.response_model:
            return self.response_model
        return "bytes" if self.binary_response else "None"

    @property
    def versioned_name(self) -> str:
        return f"{self.method_name}_v{self.version}"

    @property
    def python_name(self) -> str:
        return f"{self.resource}.{self.versioned_name}"

    @property
    def models_used(self) -> set[str]:
        names = {m for m in (self.response_model,) if m}
        for arg in self.arguments:
            names.update(arg.models)
        return names

    @property
    def uses_literal(self) -> bool:
        return any("Literal[" in arg.annotation for arg in self.arguments)

    @property
    def uses_decimal(self) -> bool:
        return any("Decimal" in arg.annotation for arg in self.arguments)

    @property
    def uses_sequence(self) -> bool:
        return any("Sequence[" in arg.annotation for arg in self.arguments)


def ref_name(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return str(ref).removeprefix(REF_PREFIX) if ref else None


def annotation(schema: dict[str, Any], schemas: dict[str, Any] | None = None) -> tuple[str, bool]:
    """The Python type a caller passes for ``schema`` and whether null is allowed.

    An enum parameter also accepts its values as string literals, so ``direction="BUY"`` type-checks
    (and a typo does not) without importing the enum.
    """
    name = ref_name(schema)
    if name is not None:
        target = (schemas or {}).get(name, {})
        if "enum" in target:
            values = ", ".join(f'"{v}"' for v in target["enum"])
            return f"{name} | Literal[{values}]", False
        return FORMAT_TYPES.get(name, name), False
    kind = schema.get("type", "string")
    kinds = kind if isinstance(kind, list) else [kind]
    nullable = "null" in kinds
    base = next((k for k in kinds if k != "null"), "string")
    if base == "array":
        inner, _ = annotation(schema.get("items") or {})
        inner = inner.split(" | Literal[")[0]
        return f"Sequence[{inner}]", nullable  # a list, a tuple...; never a bare (comma-joined) string
    if base == "object":
        return "dict[str, object]", nullable
    return _SCALARS[base], nullable


def params_schema_name(operation_id: str) -> str:
    return pascal_case(operation_id) + "Params"


def build_operations(spec: Spec, field_names: dict[str, dict[str, str]]) -> list[OperationIR]:
    """Build the IR; ``field_names`` maps model name → wire name → Python field name (from the models)."""
    out: list[OperationIR] = []
    for op_id, op in spec.operations.items():
        args: list[Argument] = []
        params = op.get("parameters") or []
        params_model = params_schema_name(op_id) if params else None
        for param in params:
            py_type, nullable = annotation(param["schema"], spec.schemas)
            python = (field_names.get(params_model or "", {}).get(param["name"])) or python_identifier(
                param["name"]
            )
            args.append(
                Argument(
                    python_name=python,
                    wire_name=param["name"],
                    location=param["in"],
                    required=bool(param.get("required")),
                    nullable=nullable,
                    annotation=py_type,
                    description=_one_paragraph(param.get("description", "") + _default_note(param["schema"])),
                    models=_models_in(param["schema"]),
                )
            )
        body = op.get("requestBody")
        if body:
            schema = spec.schemas[body]
            required = set(schema.get("required", []))
            for wire, prop in (schema.get("properties") or {}).items():
                py_type, nullable = annotation(prop, spec.schemas)
                description = prop.get("description") or _ref_description(spec, prop)
                args.append(
                    Argument(
                        python_name=field_names[body][wire],
                        wire_name=wire,
                        location="body",
                        required=wire in required,
                        nullable=nullable,
                        annotation=py_type,
                        description=_one_paragraph(description),
                        models=_models_in(prop),
                    )
                )
        seen: set[str] = set()
        for arg in args:
            if arg.python_name in seen:
                raise ValueError(f"{op_id}: two arguments are both called {arg.python_name}")
            seen.add(arg.python_name)
        errors = op.get("x-ig-errors") or {}
        out.append(
            OperationIR(
                operation_id=op_id,
                resource=op["x-ig-resource"],
                method_name=op["x-ig-method"],
                method=op["method"],
                path=op["path"],
                version=int(op["version"]),
                summary=_one_paragraph(op["summary"]),
                description=str(op.get("description", "")).strip(),
                trading=bool(op["x-ig-trading"]),
                deal_reference=bool(op.get("x-ig-deal-reference", False)),
                auth=op["x-ig-auth"],
                rate_bucket=op["x-ig-rate-bucket"],
                long_timeout=op.get("x-ig-timeout") == "long",
                method_override=op.get("x-ig-method-override"),
                preferred=bool(op.get("x-ig-preferred", False)),
                deprecated=op.get("x-ig-deprecated") or None,
                arguments=tuple(sorted(args, key=lambda a: (a.location != "path", not a.required))),
                request_model=body,
                params_model=params_model,
                response_model=op.get("response"),
                error_codes=tuple(sorted({str(c) for codes in errors.values() for c in (codes or [])})),
                binary_response=op.get("x-ig-binary-response"),
                pagination=_pagination(spec, op, args, field_names),
            )
        )
    return out


def _pagination(
    spec: Spec, op: dict[str, Any], args: list[Argument], field_names: dict[str, dict[str, str]]
) -> PaginationIR | None:
    raw = op.get("x-ig-pagination")
    if not isinstance(raw, dict):
        return None
    by_wire = {a.wire_name: a.python_name for a in args if a.location != "body"}

    def attribute_path(wire_path: str | None) -> tuple[str, ...]:
        if not wire_path:
            return ()
        schema_name = op["response"]
        out = []
        for segment in wire_path.split("."):
            out.append(field_names[schema_name][segment])
            prop = spec.schemas[schema_name]["properties"][segment]
            schema_name = ref_name(prop) or ""
        return tuple(out)

    return PaginationIR(
        style=raw["style"],
        items=attribute_path(raw["items"])[0],
        page_param=by_wire.get(raw.get("page", "")),
        size_param=by_wire.get("pageSize"),
        first_page=int(raw.get("first", 1)),
        total_pages=attribute_path(raw.get("total-pages")),
        next_link=attribute_path(raw.get("next")),
    )


def _default_note(schema: dict[str, Any]) -> str:
    return f" IG's default when not given: {schema['default']}." if "default" in schema else ""


def _models_in(schema: dict[str, Any]) -> tuple[str, ...]:
    name = ref_name(schema) or ref_name(schema.get("items") or {})
    return (name,) if name and name not in FORMAT_TYPES else ()


def _ref_description(spec: Spec, schema: dict[str, Any]) -> str:
    name = ref_name(schema)
    return str(spec.schemas.get(name or "", {}).get("description", "")) if name else ""


def _one_paragraph(text: str) -> str:
    return " ".join(str(text).split())
