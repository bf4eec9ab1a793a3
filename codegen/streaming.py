"""Render ``ig_sdk/_generated/streaming.py`` from ``spec/streaming.yaml`` (IG's Lightstreamer items)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import yaml

from codegen.render import environment

__all__ = ["render_streaming", "load_streaming_spec", "StreamingSpecError", "STREAMING_SPEC"]

STREAMING_SPEC = Path("spec/streaming.yaml")
_OUTPUT = Path("ig_sdk/_generated/streaming.py")
_IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")
_PAYLOAD_TYPES = {
    "string": "str",
    "number": "Decimal",
    "integer": "int",
    "boolean": "bool",
    "date": "IgUtcDateTime",
}


class StreamingSpecError(ValueError):
    """spec/streaming.yaml breaks one of its conventions."""


@dataclass(frozen=True)
class FieldIR:
    wire: str
    python: str
    annotation: str
    parser: str
    doc: str


@dataclass(frozen=True)
class MemberIR:
    python: str
    annotation: str
    expression: str
    doc: str


@dataclass(frozen=True)
class GroupIR:
    python: str
    class_name: str
    doc: str
    members: tuple[MemberIR, ...]
    # One tuple of member expressions per record (tier 1, tier 2, ...).
    records: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class ItemIR:
    key: str
    class_name: str
    doc: str
    pattern: str
    mode: str
    adapter: str | None
    params: tuple[str, ...]
    scales: tuple[str, ...]
    fields: tuple[FieldIR, ...]
    groups: tuple[GroupIR, ...]

    @property
    def constant(self) -> str:
        return self.key.upper()


@dataclass(frozen=True)
class AttributeIR:
    wire: str
    python: str
    annotation: str
    doc: str


@dataclass(frozen=True)
class PayloadIR:
    name: str
    doc: str
    attributes: tuple[AttributeIR, ...]


@dataclass(frozen=True)
class EnumIR:
    name: str
    doc: str
    values: tuple[str, ...]


@dataclass
class StreamingIR:
    enums: list[EnumIR] = field(default_factory=list)
    payloads: list[PayloadIR] = field(default_factory=list)
    items: list[ItemIR] = field(default_factory=list)
    retired: dict[str, Any] = field(default_factory=dict)


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def _expand(spec: dict[str, Any], keys: tuple[str, ...]) -> list[dict[str, Any]]:
    """Copies of ``spec`` with ``{var}`` replaced in ``keys``, one per combination of its ``range``."""
    ranges: dict[str, list[int]] = spec.get("range") or {}
    if not ranges:
        return [spec]
    names = list(ranges)
    values = [range(lo, hi + 1) for lo, hi in ranges.values()]
    out = []
    for combo in itertools.product(*values):
        subst = dict(zip(names, combo, strict=True))
        copy = {k: v for k, v in spec.items() if k != "range"}
        for key in keys:
            if key in copy:
                copy[key] = str(copy[key]).format(**subst)
        out.append(copy)
    return out


def _field(raw: dict[str, Any], formats: dict[str, Any], enums: set[str], payloads: set[str]) -> FieldIR:
    fmt = raw["format"]
    python = raw["python"]
    if not _IDENT.match(python):
        raise StreamingSpecError(f"field {raw['name']}: python name {python!r} is not snake_case")
    if fmt == "enum":
        enum = raw.get("enum")
        if enum not in enums:
            raise StreamingSpecError(f"field {raw['name']}: unknown enum {enum!r}")
        return FieldIR(raw["name"], python, f"{enum} | None", f"_enum_{_snake(enum)}", raw["doc"])
    if fmt == "json":
        payload = raw.get("payload")
        if payload not in payloads:
            raise StreamingSpecError(f"field {raw['name']}: unknown payload {payload!r}")
        return FieldIR(raw["name"], python, f"{payload} | None", f"_json_{_snake(payload)}", raw["doc"])
    if fmt not in formats or "parser" not in formats[fmt]:
        raise StreamingSpecError(f"field {raw['name']}: unknown format {fmt!r}")
    annotation = f"{formats[fmt]['python']} | None"
    return FieldIR(raw["name"], python, annotation, formats[fmt]["parser"], raw["doc"])


def _groups(raw_groups: list[dict[str, Any]], fields: dict[str, FieldIR]) -> tuple[GroupIR, ...]:
    out = []
    for group in raw_groups:
        ranges: dict[str, list[int]] = group["range"]
        (var, (lo, hi)), *rest = ranges.items()
        if rest:
            raise StreamingSpecError(f"group {group['python']}: one range variable only")
        members: list[MemberIR] = []
        records: list[tuple[str, ...]] = []
        for n in range(lo, hi + 1):
            exprs: list[str] = []
            for name, member in group["members"].items():
                if "field" in member:
                    ref = member["field"].format(**{var: n})
                    if ref not in fields:
                        raise StreamingSpecError(f"group {group['python']}: unknown field {ref}")
                    annotation = fields[ref].annotation
                    exprs.append(f"self.{ref}")
                else:
                    (inner, (ilo, ihi)), *_ = member["range"].items()
                    refs = [member["fields"].format(**{var: n, inner: k}) for k in range(ilo, ihi + 1)]
                    unknown = [r for r in refs if r not in fields]
                    if unknown:
                        raise StreamingSpecError(f"group {group['python']}: unknown fields {unknown}")
                    annotation = f"tuple[{fields[refs[0]].annotation}, ...]"
                    exprs.append("(" + ", ".join(f"self.{r}" for r in refs) + ",)")
                if n == lo:
                    members.append(MemberIR(name, annotation, "", member["doc"]))
            records.append(tuple(exprs))
        out.append(GroupIR(group["python"], group["class"], group["doc"], tuple(members), tuple(records)))
    return tuple(out)


def load_streaming_spec(path: Path) -> StreamingIR:
    """Read and check spec/streaming.yaml into the generator's intermediate form."""
    root = yaml.safe_load(path.read_text(encoding="utf-8"))
    formats: dict[str, Any] = root["formats"]
    ir = StreamingIR()
    for name, enum in root.get("enums", {}).items():
        ir.enums.append(EnumIR(name, enum["doc"], tuple(enum["values"])))
    enum_names = {e.name for e in ir.enums}
    payload_names = set(root.get("payloads", {}))
    for name, payload in root.get("payloads", {}).items():
        attrs = []
        for wire, attr in payload["attributes"].items():
            kind = attr["type"]
            if kind == "enum":
                if attr["enum"] not in enum_names:
                    raise StreamingSpecError(f"payload {name}.{wire}: unknown enum {attr['enum']!r}")
                annotation = attr["enum"]
            elif kind == "list":
                annotation = f"list[{attr['payload']}]"
            elif kind == "object":
                annotation = attr["payload"]
            elif kind in _PAYLOAD_TYPES:
                annotation = _PAYLOAD_TYPES[kind]
            else:
                raise StreamingSpecError(f"payload {name}.{wire}: unknown type {kind!r}")
            if kind in ("list", "object") and attr["payload"] not in payload_names:
                raise StreamingSpecError(f"payload {name}.{wire}: unknown payload {attr['payload']!r}")
            attrs.append(AttributeIR(wire, _snake(wire), annotation, attr["doc"]))
        ir.payloads.append(PayloadIR(name, payload["doc"], tuple(attrs)))
    for key, item in root["items"].items():
        expanded = [f for raw in item["fields"] for f in _expand(raw, ("name", "python", "doc"))]
        fields = [_field(f, formats, enum_names, payload_names) for f in expanded]
        seen: set[str] = set()
        for f in fields:
            if f.wire in seen or f.python in seen:
                raise StreamingSpecError(f"item {key}: duplicate field {f.wire}/{f.python}")
            seen.update((f.wire, f.python))
        if item["mode"] not in ("MERGE", "DISTINCT"):
            raise StreamingSpecError(f"item {key}: mode must be MERGE or DISTINCT")
        pattern = item["item"]
        params = tuple(re.findall(r"\{(\w+)\}", pattern))
        ir.items.append(
            ItemIR(
                key=key,
                class_name=item["class"],
                doc=item["doc"],
                pattern=pattern,
                mode=item["mode"],
                adapter=item.get("adapter"),
                params=params,
                scales=tuple(str(s) for s in item.get("scales", ())),
                fields=tuple(fields),
                groups=_groups(item.get("groups", []), {f.python: f for f in fields}),
            )
        )
    item_keys = {i.key for i in ir.items}
    for name, retired in (root.get("retired") or {}).items():
        if retired["replacement"] not in item_keys:
            raise StreamingSpecError(f"retired {name}: unknown replacement {retired['replacement']!r}")
    ir.retired = root.get("retired") or {}
    return ir


def _environment() -> jinja2.Environment:
    return environment({"snake": _snake})


def render_streaming(root: Path) -> dict[Path, str]:
    """The generated streaming module (relative path → content), unformatted; build.py formats it."""
    ir = load_streaming_spec(root / STREAMING_SPEC)
    text = _environment().get_template("streaming.py.jinja").render(ir=ir)
    return {_OUTPUT: text}
