"""Base classes of every generated model and enum.

Requests are validated strictly (closed enums, IG's cross-field rules); responses tolerantly (unknown
fields kept, unknown enum values kept as typed pseudo-members) so that IG adding a value never crashes a bot.
"""

from __future__ import annotations

import enum
import importlib
import logging
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from decimal import Decimal
from typing import Any, ClassVar, Self

from pydantic import BaseModel, ConfigDict, ModelWrapValidatorHandler, model_validator
from pydantic_core import PydanticCustomError

from ig_sdk._logging import REDACTED, SENSITIVE_FIELDS

__all__ = ["IGModel", "IGRequestModel", "IGResponseModel", "StrEnum", "Rule", "strict_enums"]

_log = logging.getLogger("ig_sdk")

# True while a request model (or, under strict_responses, an answer) validates: enums then refuse values
# IG did not document.
strict_enums: ContextVar[bool] = ContextVar("ig_sdkstrict_enums", default=False)


class StrEnum(enum.StrEnum):
    """A string enum that stays open in responses.

    An unknown value from IG becomes a pseudo-member (``.name == .value``, ``is_unknown`` true) and a warning
    is logged once per value; inside request validation unknown values are refused.
    """

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str) or strict_enums.get():
            return None
        pseudo: dict[str, Self] = cls.__dict__.get("_ig_pseudo_members", {})
        if value not in pseudo:
            member = str.__new__(cls, value)
            member._name_ = value
            member._value_ = value
            pseudo = {**pseudo, value: member}
            type.__setattr__(cls, "_ig_pseudo_members", pseudo)
            _log.warning("IG sent %s value %r that this SDK version does not know", cls.__name__, value)
        return pseudo[value]

    @property
    def is_unknown(self) -> bool:
        """True for a value IG sent that is not among the documented members."""
        return self._name_ not in type(self).__members__


class IGModel(BaseModel):
    """Snake_case attributes, constructible by either name, serialised with IG's camelCase names.

    ``repr()`` and ``str()`` mask credential fields (passwords, API keys, OAuth tokens) so that printing or
    logging a login request or a session answer cannot leak them; serialising for the wire does not mask.
    """

    model_config = ConfigDict(
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        extra="allow",
        # Build each model's validator on first use, not at import: a bot touches a few dozen of the
        # ~280 models, and building them all costs hundreds of milliseconds.
        defer_build=True,
    )

    def __repr_args__(self) -> Iterator[tuple[str | None, Any]]:
        fields = type(self).model_fields
        for name, value in super().__repr_args__():
            info = fields.get(name) if name is not None else None
            wire = info.alias if info is not None and info.alias else name
            yield name, (REDACTED if wire in SENSITIVE_FIELDS and value is not None else value)


class IGResponseModel(IGModel):
    """Base of everything parsed from IG: tolerant of fields and enum values IG adds later."""


Rule = Mapping[str, Any]


class IGRequestModel(IGModel):
    """Base of everything sent to IG: unknown fields and undocumented enum values are errors."""

    # NaN and Infinity are not JSON and never a price, size or distance IG accepts.
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    # Filled lazily from the generated rules table: alias-keyed cross-field rules of this schema.
    _ig_rules: ClassVar[tuple[Rule, ...] | None] = None

    @model_validator(mode="wrap")
    @classmethod
    def _validate_strictly(cls, data: Any, handler: ModelWrapValidatorHandler[Self]) -> Self:
        token = strict_enums.set(True)
        try:
            model = handler(data)
        finally:
            strict_enums.reset(token)
        model._check_rules()
        return model

    def _check_rules(self) -> None:
        rules = type(self)._ig_rules
        if rules is None:
            rules = _rules_for(type(self))
        if not rules:
            return
        values = _wire_values(self)
        for rule in rules:
            if "not_null" in rule:
                _refuse_nulls(self, rule["not_null"])
            elif "decimal_places" in rule:
                _check_places(values, rule["decimal_places"])
            else:
                _apply_rule(rule, values)


def _rules_for(cls: type[IGRequestModel]) -> tuple[Rule, ...]:
    table: Mapping[str, list[Rule]] = importlib.import_module("ig_sdk._generated.rules").RULES
    rules = tuple(table.get(cls.__name__, ()))
    cls._ig_rules = rules
    return rules


def _wire_values(model: IGModel) -> dict[str, Any]:
    """Field values keyed by IG's name; a field absent or None counts as not given."""
    out: dict[str, Any] = {}
    fields = type(model).model_fields
    for name in model.model_fields_set:
        value = getattr(model, name)
        if value is None:
            continue
        info = fields.get(name)
        out[(info.alias if info is not None and info.alias else name)] = value
    return out


def _refuse_nulls(model: IGModel, wire_names: list[str]) -> None:
    """None given for a field whose null means nothing to IG: refused rather than sent as `null`."""
    fields = type(model).model_fields
    for name in model.model_fields_set:
        info = fields.get(name)
        wire = info.alias if info is not None and info.alias else name
        if getattr(model, name) is None and wire in wire_names:
            raise PydanticCustomError(
                "ig_not_null", "{field}: None is not a value IG accepts here; leave it out", {"field": wire}
            )


def _check_places(values: Mapping[str, Any], places: Mapping[str, int]) -> None:
    for wire, most in places.items():
        value = values.get(wire)
        exponent = value.normalize().as_tuple().exponent if isinstance(value, Decimal) else 0
        if isinstance(exponent, int) and -exponent > most:
            raise PydanticCustomError(
                "ig_decimal_places",
                "{field}: at most {most} decimal places (IG's rule)",
                {"field": wire, "most": most},
            )


def _matches(values: Mapping[str, Any], condition: Mapping[str, Any]) -> bool:
    for name, expected in condition.items():
        if expected == "$set":
            if name not in values:
                return False
        elif expected == "$unset":
            if name in values:
                return False
        elif values.get(name) != expected:
            return False
    return True


def _fail(field: str, rule: Rule, default: str) -> None:
    message = str(rule.get("message") or default)
    raise PydanticCustomError("ig_rule", "{field}: {message}", {"field": field, "message": message})


def _describe(condition: Mapping[str, Any]) -> str:
    parts = []
    for name, expected in condition.items():
        if expected == "$set":
            parts.append(f"{name} is given")
        elif expected == "$unset":
            parts.append(f"{name} is not given")
        else:
            parts.append(f"{name} is {expected!r}")
    return " and ".join(parts)


def _apply_rule(rule: Rule, values: Mapping[str, Any]) -> None:
    if "exclusive" in rule:
        given = [name for name in rule["exclusive"] if name in values]
        if len(given) > 1:
            _fail(given[1], rule, f"set only one of {', '.join(rule['exclusive'])}")
        return
    if "one_of" in rule:
        given = [name for name in rule["one_of"] if name in values]
        if len(given) != 1:
            field = given[1] if given else rule["one_of"][0]
            _fail(field, rule, f"set exactly one of {', '.join(rule['one_of'])}")
        return
    condition = rule.get("if", {})
    if not _matches(values, condition):
        return
    when = _describe(condition) if condition else "always"
    for name in rule.get("require", ()):
        if name not in values:
            _fail(name, rule, f"required when {when}")
    for name in rule.get("forbid", ()):
        if name in values:
            _fail(name, rule, f"must not be given when {when}")
    for name, expected in rule.get("equal", {}).items():
        if values.get(name) != expected:
            _fail(name, rule, f"must be {expected!r} when {when}")
