"""How ``ig doctor`` compares one answer with its model, and how it redacts what it saves."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ig_sdk._models import IGResponseModel, StrEnum
from ig_sdk.cli._doctor import _dumps_exact, check_answer, redact


class Colour(StrEnum):
    RED = "RED"
    BLUE = "BLUE"


class Leaf(IGResponseModel):
    deal_id: Annotated[str, Field(alias="dealId")]
    colour: Colour | None = None
    level: float | None = None


class Answer(IGResponseModel):
    leaves: list[Leaf] | None = None
    leaf_count: Annotated[int, Field(alias="leafCount")]


def test_a_matching_answer_has_no_differences() -> None:
    body = {"leafCount": 1, "leaves": [{"dealId": "D1", "colour": "RED", "level": 1.5}]}
    assert check_answer(Answer, body) == []


def test_each_kind_of_difference_is_named_with_its_path() -> None:
    body = {
        "leaf_count": 2,
        "leaves": [{"colour": "GREEN", "level": "high", "extra": [1, 2]}, {"dealId": None}],
    }
    found = {(d.kind, d.path) for d in check_answer(Answer, body)}
    assert found == {
        ("other spelling", "leaf_count"),
        ("new enum value", "leaves[].colour"),
        ("does not parse", "leaves[].level"),
        ("new field", "leaves[].extra"),
        ("missing field", "leaves[].dealId"),
    }


def test_a_body_of_the_wrong_kind() -> None:
    (difference,) = check_answer(Answer, [1, 2])
    assert difference.kind == "does not parse"


def test_redaction_masks_secrets_and_replaces_account_ids() -> None:
    body = {
        "accountId": "ABC123",
        "password": "hunter2",
        "nested": [{"accountName": "Mine", "note": "moved to ABC123"}],
        "level": Decimal("14147.0000"),
    }
    clean = redact(body, frozenset({"ABC123"}))
    assert clean["accountId"] == "{accountId}"
    assert clean["password"] == "***"
    assert clean["nested"][0] == {"accountName": "{accountName}", "note": "moved to {accountId}"}
    assert '"level": 14147.0000' in _dumps_exact(clean)  # IG's spelling of the number is kept
