"""Render the whole generated tree in memory, then write it or compare it with what is committed."""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import jinja2

from codegen.ir import FORMAT_TYPES, OperationIR, build_operations
from codegen.models import field_names_of, generate_models, params_schemas, request_side
from codegen.naming import pascal_case
from codegen.openapi import to_openapi
from codegen.render import environment
from codegen.spec import Spec, load_spec
from codegen.split import split_models
from codegen.streaming import render_streaming

__all__ = ["build", "write", "check", "GENERATED_DIRS"]

PACKAGE_DIR = Path("ig_sdk/_generated")
OPENAPI_FILE = Path("spec/openapi/ig-rest.openapi.json")
API_REFERENCE = Path("api.md")
# Directories owned entirely by the generator: files in them that it no longer renders are stale.
GENERATED_DIRS = (PACKAGE_DIR,)
_TOOLS = ("datamodel-code-generator", "jinja2", "ruff", "pydantic")


@dataclass(frozen=True)
class Resource:
    attribute: str
    class_name: str
    doc: str
    module: str
    sync_class: str
    async_class: str
    operations: tuple[OperationIR, ...]
    aliases: tuple[tuple[str, OperationIR], ...]
    model_imports: tuple[str, ...]
    datetime_imports: tuple[str, ...]

    @property
    def paginated(self) -> bool:
        return any(op.pagination for op in self.operations)

    @property
    def uses_literal(self) -> bool:
        return any(op.uses_literal for op in self.operations)

    @property
    def uses_decimal(self) -> bool:
        return any(op.uses_decimal for op in self.operations)

    @property
    def uses_sequence(self) -> bool:
        return any(op.uses_sequence for op in self.operations)

    @property
    def any_deprecated(self) -> bool:
        return any(op.deprecated for op in self.operations)


def _environment() -> jinja2.Environment:
    return environment(
        {"pyrepr": _pyrepr, "param_type": _param_type, "docstring": _docstring, "return_type": _return_type}
    )


def _pyrepr(value: Any) -> str:
    return (
        json.dumps(value, indent=4, sort_keys=False, ensure_ascii=False)
        .replace(": null", ": None")
        .replace(": true", ": True")
        .replace(": false", ": False")
    )


def _qualified(annotation: str, names: Iterable[str]) -> str:
    """``annotation`` with each model name read through the lazy ``models`` package (``models.Side``).

    The resource modules do not import model classes (importing one would build its module's pydantic
    models); a dotted name still resolves, for type checkers and for ``typing.get_type_hints``, and loads
    the model's module only when evaluated.
    """
    for name in sorted(names, key=len, reverse=True):
        annotation = re.sub(rf"(?<![\w.]){re.escape(name)}(?!\w)", f"models.{name}", annotation)
    return annotation


def _return_type(op: OperationIR) -> str:
    return f"models.{op.response_model}" if op.response_model else op.return_type


def _param_type(arg: Any) -> str:
    annotation = _qualified(str(arg.annotation), arg.models)
    if arg.required:
        return f"{annotation} | None" if arg.nullable else annotation
    return (
        f"{annotation} | NotGiven | None = NOT_GIVEN"
        if arg.nullable
        else f"{annotation} | NotGiven = NOT_GIVEN"
    )


_INDENT = " " * 8


def _docstring(op: OperationIR) -> str:
    """A Google-style docstring for a generated method, indented for a method body."""
    lines = [op.summary, ""]
    for paragraph in op.description.split("\n\n"):
        lines.extend(textwrap.wrap(" ".join(paragraph.split()), 100))
        lines.append("")
    where = f"IG endpoint: ``{op.method} {op.path}``, VERSION {op.version}."
    if op.trading:
        where += " Trading request: sent exactly once, never retried."
    lines.extend(textwrap.wrap(where, 100))
    lines.append("")
    if op.arguments:
        lines.append("Args:")
        for arg in op.arguments:
            text = f"{arg.python_name}: {arg.description or 'See the spec.'}"
            for i, piece in enumerate(textwrap.wrap(text, 96)):
                lines.append(("    " if i == 0 else "        ") + piece)
        lines.append("")
    lines.append("Returns:")
    if op.response_model:
        lines.append(f"    The parsed {op.response_model}.")
    elif op.binary_response:
        lines.append(f"    The file IG sends ({op.binary_response}), as bytes.")
    else:
        lines.append("    None: IG answers with no body.")
    lines.append("")
    lines.append("Raises:")
    lines.append("    IGRequestValidationError: an argument breaks IG's documented rules; nothing was sent.")
    lines.append("    APIStatusError: IG refused the call (a subclass per IG error code and HTTP status).")
    if op.trading and op.deal_reference:
        lines.append("    APIConnectionError: IG's answer was lost, so the outcome is unknown: reconcile")
        lines.append("        with ``client.deals.confirm(error.deal_reference)``.")
    elif op.trading:
        lines.append("    APIConnectionError: IG's answer was lost, so the outcome is unknown (IG takes")
        lines.append("        no client reference here): check positions, orders or activity, then retry.")
    else:
        lines.append("    APIConnectionError: IG could not be reached, after the configured retries.")
    text = "\n".join((_INDENT + line) if line else "" for line in lines).replace('"""', "'''")
    return f'{_INDENT}"""{text.lstrip()}\n{_INDENT}"""'


def _resources(spec: Spec, operations: list[OperationIR]) -> list[Resource]:
    docs: dict[str, str] = spec.root.get("x-ig-resources", {})
    overrides: dict[str, dict[str, str]] = spec.root.get("x-ig-resource-classes") or {}
    grouped: dict[str, list[OperationIR]] = {}
    for op in operations:
        grouped.setdefault(op.resource, []).append(op)
    out = []
    for attribute, ops in grouped.items():
        class_name = pascal_case(attribute)
        aliases = tuple((op.method_name, op) for op in ops if op.preferred)
        models = sorted(set().union(*(op.models_used for op in ops)) - set(FORMAT_TYPES.values()))
        stamps = sorted(
            {
                t
                for op in ops
                for a in op.arguments
                for t in ("datetime", "date", "time")
                if t in a.annotation.split(" | ") or f"[{t}]" in a.annotation
            }
        )
        override = overrides.get(attribute)
        if any(arg.python_name == "models" for op in ops for arg in op.arguments):
            raise ValueError(f"resource {attribute}: an argument named 'models' hides the models package")
        clash = {class_name, f"Async{class_name}", f"{class_name}WithRawResponse"} & set(spec.schemas)
        if clash:
            raise ValueError(
                f"resource {attribute}: class name {sorted(clash)} is also a schema name; rename the schema"
            )
        out.append(
            Resource(
                attribute=attribute,
                class_name=class_name,
                doc=docs.get(attribute, f"IG's {attribute.replace('_', ' ')} endpoints."),
                module=override["module"] if override else f"ig_sdk._generated.resources.{attribute}",
                sync_class=override["sync"] if override else class_name,
                async_class=override["async"] if override else f"Async{class_name}",
                operations=tuple(ops),
                aliases=aliases,
                model_imports=tuple(models),
                datetime_imports=tuple(stamps),
            )
        )
    return out


def _operation_models(op: OperationIR) -> set[str]:
    """The models an operation's method names, and its request, parameter and answer models (read by name)."""
    named = {m for m in (op.request_model, op.params_model, op.response_model) if m}
    return (op.models_used - set(FORMAT_TYPES.values())) | named


def _render_python(spec: Spec) -> tuple[dict[Path, str], list[Resource]]:
    env = _environment()
    models_source = generate_models(spec)
    operations = build_operations(spec, field_names_of(models_source))
    resources = _resources(spec, operations)
    roots = {
        res.attribute: {op.versioned_name: _operation_models(op) for op in res.operations}
        for res in resources
    }
    modules = split_models(models_source, roots)
    files: dict[Path, str] = {PACKAGE_DIR / "models" / f"{stem}.py": text for stem, text in modules.items()}
    for res in resources:
        files[PACKAGE_DIR / "resources" / f"{res.attribute}.py"] = env.get_template(
            "resource.py.jinja"
        ).render(res=res)
    files[PACKAGE_DIR / "resources" / "__init__.py"] = (
        '"""Generated resource classes, one module per IG resource (imported lazily by the clients)."""\n'
    )
    files[PACKAGE_DIR / "operation_table.py"] = env.get_template("operation_table.py.jinja").render(
        operations=operations
    )
    files[PACKAGE_DIR / "client_resources.py"] = env.get_template("client_resources.py.jinja").render(
        resources=resources
    )
    files[PACKAGE_DIR / "resource_classes.py"] = env.get_template("resource_classes.py.jinja").render(
        resources=resources
    )
    tables = env.get_template("tables.py.jinja")
    files[PACKAGE_DIR / "rules.py"] = tables.render(
        doc=(
            "IG's request rules, keyed by request model name: the spec's x-ig-rules, plus the fields that"
            " take no null (null means nothing to IG there) and the decimal places a number may have"
            " (x-ig-decimal-places)."
        ),
        name="RULES",
        type="dict[str, list[dict[str, Any]]]",
        value=request_rules(spec),
    )
    files[PACKAGE_DIR / "error_codes.py"] = tables.render(
        doc="IG's error codes: HTTP status, ig_sdk.errors class name and meaning (spec x-ig-error-codes).",
        name="ERROR_CODES",
        type="dict[str, dict[str, Any]]",
        value=spec.root.get("x-ig-error-codes") or {},
    )
    files[PACKAGE_DIR / "gateways.py"] = tables.render(
        doc="IG's REST gateways by account type (spec servers).",
        name="GATEWAYS",
        type="dict[str, str]",
        value={server["description"]: server["url"] for server in spec.root.get("servers", [])},
    )
    files[PACKAGE_DIR / "rate_limits.py"] = tables.render(
        doc="IG's published allowances, used until the application endpoint reports the real ones.",
        name="DEFAULTS",
        type="dict[str, dict[str, Any]]",
        value=spec.root.get("x-ig-rate-limits") or {},
    )
    files[PACKAGE_DIR / "__init__.py"] = (
        '"""Code generated from spec/ by `make generate`: never edit by hand, regenerate instead."""\n'
    )
    return files, resources


def _format(files: dict[Path, str], root: Path) -> dict[Path, str]:
    """Format with the project's ruff settings, so generated code reads like the hand-written code."""
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        for rel, content in files.items():
            target = base / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
        env = {**os.environ, "RUFF_NO_CACHE": "true"}
        config = str(root / "pyproject.toml")
        ruff = [sys.executable, "-m", "ruff"]
        subprocess.run(
            [*ruff, "check", "--config", config, "--fix-only", "--select", "I,F401,UP", "--quiet", "."],
            cwd=base,
            env=env,
            check=False,
        )
        subprocess.run([*ruff, "format", "--config", config, "--quiet", "."], cwd=base, env=env, check=True)
        return {rel: (base / rel).read_text(encoding="utf-8") for rel in files}


def request_rules(spec: Spec) -> dict[str, list[dict[str, Any]]]:
    """Every rule a request model enforces before anything is sent, by model name."""
    schemas: dict[str, Any] = {name: spec.schemas[name] for name in sorted(request_side(spec))}
    schemas.update(params_schemas(spec))
    out: dict[str, list[dict[str, Any]]] = {}
    for name in sorted(set(schemas) | {n for n, s in spec.schemas.items() if s.get("x-ig-rules")}):
        schema = schemas.get(name) or spec.schemas[name]
        rules = list(schema.get("x-ig-rules") or [])
        properties: dict[str, Any] = schema.get("properties") or {}
        not_null = sorted(wire for wire, prop in properties.items() if not _nullable(prop))
        if not_null:
            rules.append({"not_null": not_null})
        places = {
            wire: int(prop["x-ig-decimal-places"])
            for wire, prop in properties.items()
            if "x-ig-decimal-places" in prop
        }
        if places:
            rules.append({"decimal_places": places})
        if rules:
            out[name] = rules
    return out


def _nullable(prop: dict[str, Any]) -> bool:
    kind = prop.get("type")
    return isinstance(kind, list) and "null" in kind


def _stamp(spec: Spec, root: Path) -> str:
    digest = hashlib.sha256()
    streaming = spec.files[0].parent / "streaming.yaml"
    for path in sorted([*spec.files, *([streaming] if streaming.exists() else [])]):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    codegen = hashlib.sha256()
    for path in sorted(Path(__file__).parent.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".jinja"}:
            codegen.update(path.relative_to(root).as_posix().encode())
            codegen.update(path.read_bytes())
    stamp = {
        "spec_sha256": digest.hexdigest(),
        "codegen_sha256": codegen.hexdigest(),
        "tools": {name: metadata.version(name) for name in _TOOLS},
    }
    return json.dumps(stamp, indent=2, sort_keys=True) + "\n"


def build(root: Path, spec_path: Path) -> dict[Path, str]:
    """Every generated file (relative path → content), rendered from the spec."""
    spec = load_spec(spec_path)
    python_files, resources = _render_python(spec)
    if (spec_path.parent / "streaming.yaml").exists():  # the mini spec of the golden tests has none
        python_files.update(render_streaming(root))
    files = _format(python_files, root)
    files[PACKAGE_DIR / "_stamp.json"] = _stamp(spec, root)
    files[OPENAPI_FILE] = json.dumps(to_openapi(spec), indent=1, ensure_ascii=False) + "\n"
    files[API_REFERENCE] = _environment().get_template("api.md.jinja").render(resources=resources)
    return files


def _existing(root: Path) -> set[Path]:
    found: set[Path] = set()
    for directory in GENERATED_DIRS:
        for path in (root / directory).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                found.add(path.relative_to(root))
    return found


def write(root: Path, files: dict[Path, str]) -> int:
    """Write the tree, deleting generated files the spec no longer produces; returns how many changed."""
    changed = 0
    for rel, content in files.items():
        target = root / rel
        if target.exists() and target.read_text(encoding="utf-8") == content:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
        changed += 1
    for stale in sorted(_existing(root) - set(files)):
        (root / stale).unlink()
        changed += 1
    return changed


def check(root: Path, files: dict[Path, str]) -> list[str]:
    """Differences between the rendered tree and the files on disk; touches nothing."""
    problems: list[str] = []
    for rel, content in sorted(files.items()):
        target = root / rel
        if not target.exists():
            problems.append(f"missing: {rel}")
            continue
        current = target.read_text(encoding="utf-8")
        if current != content:
            diff = difflib.unified_diff(
                current.splitlines(),
                content.splitlines(),
                f"{rel} (committed)",
                f"{rel} (rendered)",
                lineterm="",
            )
            problems.append(f"differs: {rel}\n" + "\n".join(list(diff)[:40]))
    for stale in sorted(_existing(root) - set(files)):
        problems.append(f"not generated any more: {stale}")
    return problems
