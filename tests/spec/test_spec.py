"""The spec against the reference catalogue, the OpenAPI 3.1 export and the spec's own examples."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate
from pydantic import BaseModel

from codegen.spec import load_spec
from ig_sdk import operations

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT.parent / "shared" / "reference" / "ig-rest-api.json"
SPEC = load_spec(ROOT / "spec" / "ig-rest.yaml")
EXPORT = ROOT / "spec" / "openapi" / "ig-rest.openapi.json"


def _reference() -> list[dict[str, Any]]:
    if not REFERENCE.exists():
        pytest.skip("the shared reference catalogue is not beside the repo")
    ops: list[dict[str, Any]] = json.loads(REFERENCE.read_text())["operations"]
    return ops


def test_every_reference_operation_is_in_the_spec_with_its_method_path_and_version() -> None:
    missing = []
    for entry in _reference():
        op = SPEC.operations.get(entry["operation_name"])
        if op is None or (op["method"], op["path"], op["version"]) != (
            entry["method"],
            entry["path"],
            entry["version"],
        ):
            missing.append(entry["operation_name"])
    assert missing == []
    assert len(SPEC.operations) >= len(_reference())


def test_every_reference_operation_is_reachable_through_find() -> None:
    for entry in _reference():
        op = operations.find(
            entry["method"], entry["path"], version=entry["version"], query=entry["query_params"] or None
        )
        assert op.operation_id == entry["operation_name"]
        assert op.trading == entry["trading"]
        assert op.method_override == ("DELETE" if entry["delete_with_body"] else None)


def test_openapi_export_is_valid_openapi_31() -> None:
    document = json.loads(EXPORT.read_text())
    validate(document)
    assert document["openapi"] == "3.1.0"
    ops = [op for item in document["paths"].values() for op in item.values()]
    assert len(ops) == len(SPEC.operations)


def _descriptions(tree: Any, out: list[str]) -> list[str]:
    if isinstance(tree, dict):
        if isinstance(tree.get("description"), str):
            out.append(tree["description"])
        for value in tree.values():
            _descriptions(value, out)
    elif isinstance(tree, list):
        for value in tree:
            _descriptions(value, out)
    return out


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def test_docstrings_are_our_own_words_not_igs() -> None:
    theirs = {_normal(d) for d in _descriptions(_reference(), []) if len(d.split()) >= 4}
    theirs |= {_normal(e["summary"]) for e in _reference() if len(e["summary"].split()) >= 4}
    ours = _descriptions(SPEC.schemas, []) + _descriptions(list(SPEC.operations.values()), [])
    ours += [str(op["summary"]) for op in SPEC.operations.values()]
    copied = sorted({d for d in ours if _normal(d) in theirs})
    assert copied == [], f"{len(copied)} descriptions copy IG's wording, e.g. {copied[:5]}"


def _model(name: str) -> type[BaseModel]:
    from ig_sdk._generated import models

    model: type[BaseModel] = getattr(models, name)
    return model


def _ops_with(key: str) -> list[tuple[str, dict[str, Any]]]:
    return [(name, op) for name, op in SPEC.operations.items() if key in op]


@pytest.mark.parametrize(
    ("name", "op"), _ops_with("x-ig-example"), ids=lambda v: v if isinstance(v, str) else ""
)
def test_response_example_parses_into_the_response_model(name: str, op: dict[str, Any]) -> None:
    model = _model(op["response"])
    parsed = model.model_validate(op["x-ig-example"])
    assert _undeclared_fields(parsed) == [], f"{name}: the example has fields the spec does not declare"
    assert not _unknown_enum_values(parsed), f"{name}: example uses values the spec's enums lack"


@pytest.mark.parametrize(
    ("name", "op"), _ops_with("x-ig-request-example"), ids=lambda v: v if isinstance(v, str) else ""
)
def test_request_example_satisfies_the_request_model_and_rules(name: str, op: dict[str, Any]) -> None:
    model = _model(op["requestBody"])
    model.model_validate(op["x-ig-request-example"])


def _undeclared_fields(value: Any, where: str = "") -> list[str]:
    found: list[str] = []
    if isinstance(value, BaseModel):
        found.extend(f"{where}.{key}" for key in (value.model_extra or {}))
        for field in type(value).model_fields:
            found.extend(_undeclared_fields(getattr(value, field), f"{where}.{field}"))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_undeclared_fields(item, f"{where}[{index}]"))
    return found


def _unknown_enum_values(value: Any) -> list[Any]:
    found: list[Any] = []
    if getattr(value, "is_unknown", False):
        found.append(value)
    if isinstance(value, BaseModel):
        for field in type(value).model_fields:
            found.extend(_unknown_enum_values(getattr(value, field)))
    elif isinstance(value, list):
        for item in value:
            found.extend(_unknown_enum_values(item))
    return found


def test_registry_mirrors_the_spec_one_to_one() -> None:
    assert {op.operation_id for op in operations.ALL} == set(SPEC.operations)
    names = [op.python_name for op in operations.ALL]
    assert len(names) == len(set(names))
