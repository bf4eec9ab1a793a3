"""The generator on a tiny spec: golden output, determinism, conventions it enforces, the staleness check."""

from __future__ import annotations

import os
import shutil
import textwrap
from pathlib import Path

import pytest

from codegen.build import build, check, write
from codegen.naming import pascal_case, python_identifier, snake_case
from codegen.spec import SpecError, load_spec

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "codegen" / "fixtures" / "mini"
GOLDEN = MINI / "golden"


@pytest.fixture(scope="module")
def mini_tree() -> dict[Path, str]:
    return build(ROOT, MINI / "ig-rest.yaml")


def test_golden_output(mini_tree: dict[Path, str]) -> None:
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for rel, content in mini_tree.items():
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_text(content, encoding="utf-8")
    committed = {p.relative_to(GOLDEN): p.read_text("utf-8") for p in GOLDEN.rglob("*") if p.is_file()}
    stamp = Path("ig_sdk/_generated/_stamp.json")
    # The stamp hashes the generator's own source, so it changes with every codegen edit; compared elsewhere.
    assert set(committed) == set(mini_tree)
    for rel, content in mini_tree.items():
        if rel != stamp:
            assert committed[rel] == content, (
                f"{rel} differs from the golden copy (UPDATE_GOLDEN=1 to accept)"
            )


def test_output_is_deterministic(mini_tree: dict[Path, str]) -> None:
    assert build(ROOT, MINI / "ig-rest.yaml") == mini_tree


def test_generated_surface_of_mini_spec(mini_tree: dict[Path, str]) -> None:
    things = mini_tree[Path("ig_sdk/_generated/resources/things.py")]
    assert '@deprecated("Use things.get (VERSION 2).")' in things
    assert "    get = get_v2\n" in things  # the unsuffixed alias follows the preferred flag, not the newest
    assert "async def get_v2(" in things
    assert "from_: datetime | NotGiven = NOT_GIVEN" in things  # keyword renamed, timestamp typed
    orders = mini_tree[Path("ig_sdk/_generated/resources/orders.py")]
    assert 'side: models.Side | Literal["BUY", "SELL"],' in orders
    assert "stop_level: Decimal | float | NotGiven | None = NOT_GIVEN" in orders  # null has a meaning here
    assert "level: Decimal | float | NotGiven = NOT_GIVEN" in orders  # and not here
    # One models module per operation (here no two operations share a model), a lazy facade naming them all.
    order_models = mini_tree[Path("ig_sdk/_generated/models/orders_create_v1.py")]
    thing_models = mini_tree[Path("ig_sdk/_generated/models/things_get_v2.py")]
    assert "class CreateOrderRequest(IGRequestModel):" in order_models
    assert "class ThingV2(IGResponseModel):" in thing_models
    assert "updated: IgDateTime | None = None" in thing_models
    assert "class ThingV1" not in thing_models
    facade = mini_tree[Path("ig_sdk/_generated/models/__init__.py")]
    assert '"ThingV2": "things_get_v2",' in facade
    assert "from ig_sdk._generated.models.things_get_v2 import ThingV2 as ThingV2" in facade
    # A resource module reads its models through the lazy facade: importing it builds none of them.
    assert "from ig_sdk._generated import models\n" in things
    assert "from ig_sdk._generated.models import" not in things
    assert ") -> models.ThingV2:" in things
    assert "cast_to=models.ThingV2," in things
    assert "side: models.Side | Literal[" in orders
    rules = mini_tree[Path("ig_sdk/_generated/rules.py")]
    assert '"CreateOrderRequest"' in rules


def test_check_reports_stale_missing_and_extra_files(tmp_path: Path, mini_tree: dict[Path, str]) -> None:
    write(tmp_path, mini_tree)
    assert check(tmp_path, mini_tree) == []
    models = tmp_path / "ig_sdk/_generated/models/things_get_v2.py"
    models.write_text(models.read_text() + "# edited by hand\n")
    (tmp_path / "ig_sdk/_generated/resources/extra.py").write_text("x = 1\n")
    (tmp_path / "ig_sdk/_generated/rules.py").unlink()
    problems = "\n".join(check(tmp_path, mini_tree))
    assert "differs: ig_sdk/_generated/models/things_get_v2.py" in problems
    assert "# edited by hand" in problems
    assert "not generated any more: ig_sdk/_generated/resources/extra.py" in problems
    assert "missing: ig_sdk/_generated/rules.py" in problems
    assert write(tmp_path, mini_tree) == 3
    assert check(tmp_path, mini_tree) == []


def _spec_with(tmp_path: Path, extra_yaml: str) -> Path:
    shutil.copytree(MINI / "rest", tmp_path / "rest")
    root = (
        (MINI / "ig-rest.yaml")
        .read_text()
        .replace("  - rest/mini.yaml\n", "  - rest/mini.yaml\n  - rest/extra.yaml\n")
    )
    (tmp_path / "ig-rest.yaml").write_text(root)
    (tmp_path / "rest" / "extra.yaml").write_text(textwrap.dedent(extra_yaml))
    return tmp_path / "ig-rest.yaml"


_OP = """
operations:
  getWidgetV1:
    method: GET
    path: /widgets/{{widgetId}}
    version: 1
    summary: Read a widget.
    description: A widget.
    x-ig-resource: widgets
    x-ig-method: get
    x-ig-preferred: {preferred}
    x-ig-trading: false
    x-ig-auth: session
    x-ig-rate-bucket: non_trading
    parameters:
      - {{name: widgetId, in: path, required: true, description: Which., schema: {{type: string}},
         example: w1}}
    response: {response}
    x-ig-example: {{}}
schemas:
  {response}:
    type: object
    description: A widget.
    properties:
      inner: {inner}
"""


@pytest.mark.parametrize(
    ("preferred", "response", "inner", "expected"),
    [
        (
            "true",
            "Widget",
            "{type: object, description: x, properties: {a: {type: string, description: y}}}",
            "inline object",
        ),
        ("true", "Widget", "{type: string, description: x, enum: [A, B]}", "inline enum"),
        ("true", "Widget1", "{type: string, description: x}", "numbered schema name"),
        ("false", "Widget", "{type: string, description: x}", "must be x-ig-preferred"),
        ("true", "Widget", "{type: string}", "description is missing"),
        ("true", "Widget", "{type: string, description: x, pattern: '[A-Z]+'}", "must be anchored"),
        ("true", "Widget", "{$ref: Nowhere}", "unknown schema"),
    ],
)
def test_lint_rejects_convention_breaks(
    tmp_path: Path, preferred: str, response: str, inner: str, expected: str
) -> None:
    path = _spec_with(tmp_path, _OP.format(preferred=preferred, response=response, inner=inner))
    with pytest.raises(SpecError, match=expected):
        load_spec(path)


def test_lint_accepts_the_well_formed_variant(tmp_path: Path) -> None:
    path = _spec_with(
        tmp_path, _OP.format(preferred="true", response="Widget", inner="{type: string, description: x}")
    )
    assert "getWidgetV1" in load_spec(path).operations


@pytest.mark.parametrize(
    ("wire", "snake", "ident"),
    [
        ("dealReference", "deal_reference", "deal_reference"),
        ("from", "from", "from_"),
        ("OTCPosition", "otc_position", "otc_position"),
        ("marketIds", "market_ids", "market_ids"),
        ("access_token", "access_token", "access_token"),
        ("timeout", "timeout", "timeout_"),
    ],
)
def test_naming(wire: str, snake: str, ident: str) -> None:
    assert snake_case(wire) == snake
    assert python_identifier(wire) == ident


def test_pascal_case() -> None:
    assert pascal_case("working_orders") == "WorkingOrders"
    assert pascal_case("createOTCPositionV2") == "CreateOTCPositionV2"
