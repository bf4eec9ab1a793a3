"""``ig doctor``: every read operation of the spec against the configured account, compared with the spec.

Nothing here changes the account: only GET operations are called. Each answer is compared with the response
model generated from the spec, field by field:

- **new field**: IG sent a field the spec does not have;
- **other spelling**: a field the spec has, spelled differently (case or underscores) by IG;
- **missing field**: a field the spec marks as always sent is absent or null;
- **new enum value**: a value outside the spec's enumeration;
- **does not parse**: a value of another type than the spec says (strict validation).

With ``--save DIR`` each answer is written in the layout of the SDK's evidence folder
(``<area>-<operation>-v<VERSION>-<n>.json`` holding method, path, version, source, provenance, notes and body)
with credentials and account identifiers replaced, so maintainers can update the spec from it.
"""

from __future__ import annotations

import enum
import json
import re
import types
import typing
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Final, Literal, Union

from pydantic import BaseModel, RootModel, ValidationError
from rich.console import Console
from rich.table import Table

import ig_sdk
from ig_sdk import IGClient, operations
from ig_sdk._logging import REDACTED, SENSITIVE_FIELDS
from ig_sdk._models import strict_enums
from ig_sdk._operation_record import Operation
from ig_sdk.errors import APIError, IGRequestValidationError

__all__ = ["Check", "Difference", "Doctor", "compare", "redact", "render_report", "report_json"]

Kind = Literal["new field", "other spelling", "missing field", "new enum value", "does not parse"]
Status = Literal["ok", "differs", "skipped", "failed"]

# Field names whose values identify the account or the person: replaced in saved answers.
_IDENTIFYING: Final = frozenset(
    {"accountId", "currentAccountId", "clientId", "accountAlias", "accountName", "dealingPlatformAccountId"}
)
_PLACEHOLDER: Final = "{accountId}"
_EXAMPLE_CHARS: Final = 40


@dataclass(frozen=True, slots=True)
class Difference:
    """One way IG's answer differs from the spec."""

    kind: Kind
    path: str
    """Where in the answer (IG's field names; ``[]`` stands for every element of a list)."""
    detail: str


@dataclass
class Check:
    """The outcome for one operation."""

    operation: Operation
    status: Status
    differences: list[Difference] = field(default_factory=list)
    note: str = ""


class _NeedsContextError(Exception):
    """The operation needs a value (an epic, a deal id) that an earlier answer has not given yet."""


class _SkipError(Exception):
    """The operation cannot be checked read-only with what the account holds."""


# --- comparing an answer with the spec ------------------------------------------------------------------


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _example(value: Any, key: str) -> str:
    if key in SENSITIVE_FIELDS or key in _IDENTIFYING:
        return REDACTED
    shown = json.dumps(value, default=str)
    return shown if len(shown) <= _EXAMPLE_CHARS else shown[: _EXAMPLE_CHARS - 3] + "..."


def _unwrap(annotation: Any) -> list[Any]:
    """The alternatives of an annotation: ``X | None`` and ``Annotated[X, ...]`` reduced to ``[X]``."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        return [alt for arg in typing.get_args(annotation) for alt in _unwrap(arg) if alt is not type(None)]
    return [annotation]


def _compare_value(annotation: Any, value: Any, path: str, out: list[Difference]) -> None:
    if value is None:
        return
    for alternative in _unwrap(annotation):
        origin = typing.get_origin(alternative)
        if isinstance(alternative, type) and issubclass(alternative, BaseModel) and isinstance(value, dict):
            out.extend(compare(alternative, value, path))
            return
        if origin in (list, tuple) and isinstance(value, list):
            (item,) = typing.get_args(alternative)[:1] or (Any,)
            for element in value:
                _compare_value(item, element, f"{path}[]", out)
            return
        if isinstance(alternative, type) and issubclass(alternative, enum.Enum) and isinstance(value, str):
            known = {str(member.value) for member in alternative}
            if value not in known:
                out.append(
                    Difference("new enum value", path, f"{value!r} is not one of {alternative.__name__}")
                )
            return


def compare(model: type[BaseModel], data: Mapping[str, Any], path: str = "") -> list[Difference]:
    """Every difference between one JSON object of IG's and ``model`` (recursively, nested models too)."""
    out: list[Difference] = []
    by_wire = {(info.alias or name): info for name, info in model.model_fields.items()}
    spelled: set[str] = set()
    for key, value in data.items():
        where = f"{path}.{key}" if path else key
        info = by_wire.get(key)
        if info is None:
            twin = next((w for w in by_wire if w not in data and _squash(w) == _squash(key)), None)
            if twin is not None:
                spelled.add(twin)
                out.append(Difference("other spelling", where, f"the spec spells it {twin!r}"))
            else:
                out.append(
                    Difference("new field", where, f"not in {model.__name__}; IG sent {_example(value, key)}")
                )
            continue
        if value is None and info.is_required():
            out.append(
                Difference("missing field", where, f"null, but {model.__name__} says IG always sends it")
            )
            continue
        _compare_value(info.annotation, value, where, out)
    for wire, info in by_wire.items():
        if wire not in data and wire not in spelled and info.is_required():
            where = f"{path}.{wire}" if path else wire
            out.append(
                Difference("missing field", where, f"absent, but {model.__name__} says IG always sends it")
            )
    return out


def _loc(loc: Iterable[int | str]) -> str:
    text = ""
    for part in loc:
        text += "[]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def check_answer(model: type[BaseModel], body: Any) -> list[Difference]:
    """``compare`` plus strict validation for values of another type than the spec says (deduplicated)."""
    found: list[Difference] = []
    if issubclass(model, RootModel):  # IG answers with a bare array
        _compare_value(model.model_fields["root"].annotation, body, "", found)
    elif isinstance(body, dict):
        found = compare(model, body)
    else:
        kind = type(body).__name__
        return [Difference("does not parse", "", f"a JSON {kind} where {model.__name__} is due")]
    token = strict_enums.set(True)
    try:
        model.model_validate(body)
    except ValidationError as invalid:
        seen = {d.path for d in found}
        for error in invalid.errors(include_url=False):
            where = _loc(error["loc"])
            if where in seen or any(where.startswith(p + ".") or where.startswith(p + "[") for p in seen):
                continue
            if error["type"] in ("missing", "enum"):
                continue  # reported above, with better words
            seen.add(where)
            value = _example(error.get("input"), where.rsplit(".", 1)[-1])
            found.append(Difference("does not parse", where, f"{error['msg']} (IG sent {value})"))
    finally:
        strict_enums.reset(token)
    unique = {(d.kind, d.path, d.detail): d for d in found}
    return sorted(unique.values(), key=lambda d: (d.path, d.kind))


# --- redaction and saving -------------------------------------------------------------------------------


def redact(value: Any, identifiers: frozenset[str]) -> Any:
    """``value`` with credentials masked and the account's identifiers replaced by ``{accountId}``."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if key in SENSITIVE_FIELDS and item is not None:
                out[key] = REDACTED
            elif key in _IDENTIFYING and isinstance(item, str):
                out[key] = f"{{{key}}}"
            else:
                out[key] = redact(item, identifiers)
        return out
    if isinstance(value, list):
        return [redact(item, identifiers) for item in value]
    if isinstance(value, str):
        for identifier in identifiers:
            value = value.replace(identifier, _PLACEHOLDER)
        return value
    return value


def _dumps_exact(value: Any) -> str:
    """JSON with IG's numbers written exactly as IG spelled them (``14147.0000`` stays so)."""
    numbers: list[str] = []

    def mark(item: Any) -> Any:
        if isinstance(item, Decimal):
            numbers.append(str(item))
            return f"\u0000{len(numbers) - 1}\u0000"
        if isinstance(item, dict):
            return {k: mark(v) for k, v in item.items()}
        if isinstance(item, list):
            return [mark(v) for v in item]
        return item

    text = json.dumps(mark(value), indent=2, ensure_ascii=False)
    return re.sub(r'"\\u0000(\d+)\\u0000"', lambda m: numbers[int(m.group(1))], text)


def _file_stem(op: Operation) -> str:
    resource, method = op.python_name.split(".", 1)
    method = re.sub(r"_v\d+$", "", method)
    return f"{resource.replace('_', '')}-{method.replace('_', '')}-v{op.version}"


# --- running the checks ---------------------------------------------------------------------------------


@dataclass
class _Context:
    """Values earlier answers provide to later calls."""

    epic: str | None = None
    market_id: str | None = None
    watchlist_id: str | None = None
    deal_id: str | None = None
    deal_reference: str | None = None
    node_id: str | None = None
    category_id: str | None = None
    identifiers: set[str] = field(default_factory=set)

    def need(self, name: str) -> str:
        value = getattr(self, name)
        if value is None:
            raise _NeedsContextError(name)
        assert isinstance(value, str)
        return value


def _first(data: Any, *path: str | int) -> str | None:
    for part in path:
        if isinstance(part, int):
            if not isinstance(data, list) or len(data) <= part:
                return None
        elif not isinstance(data, dict):
            return None
        data = data[part] if isinstance(part, int) else data.get(part)
    return None if data is None else str(data)


class Doctor:
    """Runs the checks of ``ig doctor`` with one client."""

    def __init__(
        self,
        client: IGClient,
        *,
        epic: str | None = None,
        prices: bool = True,
        save: Path | None = None,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._client = client
        self._context = _Context(epic=epic)
        self._prices = prices
        self._save = save
        self._now = now
        self._saved: dict[str, int] = {}

    def run(self, on_check: Callable[[str], object] | None = None) -> list[Check]:
        """Check every GET operation of the spec, in an order where each finds the ids it needs."""
        info = self._client.login()
        for identifier in (info.account_id, info.client_id):
            if identifier:
                self._context.identifiers.add(identifier)
        pending = [op for op in operations.ALL if op.method == "GET"]
        done: dict[str, Check] = {}
        while pending:
            waiting: list[Operation] = []
            for op in pending:
                if on_check is not None:
                    on_check(op.python_name)
                try:
                    done[op.operation_id] = self._check(op)
                except _NeedsContextError:
                    waiting.append(op)
            if len(waiting) == len(pending):
                for op in waiting:
                    done[op.operation_id] = Check(
                        op, "skipped", note="the account holds nothing to ask about"
                    )
                break
            pending = waiting
        return [done[op.operation_id] for op in operations.ALL if op.operation_id in done]

    def _check(self, op: Operation) -> Check:
        try:
            args = self._arguments(op)
        except _SkipError as reason:
            return Check(op, "skipped", note=str(reason))
        resource, method = op.python_name.split(".", 1)
        call = getattr(getattr(self._client, resource).with_raw_response, method)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # superseded versions are checked too
                raw = call(**args)
        except (APIError, IGRequestValidationError) as error:  # the latter: this plan no longer fits the spec
            return Check(op, "failed", note=f"{type(error).__name__}: {error}")
        response = raw.http_response
        try:
            body = response.json(parse_float=Decimal)
        except ValueError:
            return Check(op, "failed", note="the answer is not JSON")
        self._learn(op, body)
        model = op.response_model
        differences = check_answer(model, body) if model is not None else []
        if self._save is not None:
            self._write(op, response.request.url, response.status_code, body)
        return Check(op, "differs" if differences else "ok", differences)

    def _arguments(self, op: Operation) -> dict[str, Any]:
        ctx, now = self._context, self._now()
        day_ago, week_ago = now - timedelta(days=1), now - timedelta(days=7)
        plans: dict[str, Callable[[], dict[str, Any]]] = {
            "getWatchlistByWatchlistIdV1": lambda: {"watchlist_id": ctx.need("watchlist_id")},
            "getDealConfirmationV1": lambda: {"deal_reference": ctx.need("deal_reference")},
            "getPositionByDealIdV1": lambda: {"deal_id": ctx.need("deal_id")},
            "getPositionByDealIdV2": lambda: {"deal_id": ctx.need("deal_id")},
            "getRepeatDealingWindowV1": lambda: {"epic": ctx.need("epic")},
            "getMarketDetailsListV1": lambda: {"epics": [ctx.need("epic")]},
            "getMarketDetailsBySearchTermV1": lambda: {"search_term": ctx.epic or "EUR/USD"},
            "getMarketDetailsListV2": lambda: {"epics": [ctx.need("epic")]},
            "getMarketDetailsV1": lambda: {"epic": ctx.need("epic")},
            "getMarketDetailsV2": lambda: {"epic": ctx.need("epic")},
            "getMarketDetailsV3": lambda: {"epic": ctx.need("epic")},
            "getMarketDetailsV4": lambda: {"epic": ctx.need("epic")},
            "getClientSentimentListV1": lambda: {"market_ids": [ctx.need("market_id")]},
            "getRelatedClientSentimentV1": lambda: {"market_id": ctx.need("market_id")},
            "getClientSentimentV1": lambda: {"market_id": ctx.need("market_id")},
            "getMarketNavigationNodeV1": lambda: {"node_id": ctx.need("node_id")},
            "getCategoryInstrumentsV1": lambda: {"category_id": ctx.need("category_id"), "page_size": 5},
            "getPricesV3": lambda: {"epic": ctx.need("epic"), "resolution": "HOUR", "max": 3, "page_size": 3},
            "getPricesByDateRangeV1": lambda: {
                "epic": ctx.need("epic"),
                "resolution": "HOUR",
                "startdate": day_ago - timedelta(hours=3),
                "enddate": day_ago,
            },
            "getPricesByNumberOfPointsV1": lambda: {
                "epic": ctx.need("epic"),
                "resolution": "HOUR",
                "num_points": 3,
            },
            "getPricesByNumberOfPointsV2": lambda: {
                "epic": ctx.need("epic"),
                "resolution": "HOUR",
                "num_points": 3,
            },
            "getPricesByDateRangeV2": lambda: {
                "epic": ctx.need("epic"),
                "resolution": "HOUR",
                "start_date": day_ago - timedelta(hours=3),
                "end_date": day_ago,
            },
            "getActivityHistoryV2": lambda: {"from_": week_ago, "page_size": 20},
            "getActivityHistoryV3": lambda: {"from_": week_ago, "page_size": 20},
            "getActivityHistoryByTimeRangeV1": lambda: {"from_date": week_ago.date(), "to_date": now.date()},
            "getActivityHistoryV1": lambda: {"last_period": 7 * 86_400_000},
            "getTransactionHistoryV2": lambda: {"from_": week_ago, "page_size": 20},
            "getTransactionHistoryByTimeRangeV1": lambda: {
                "transaction_type": "ALL",
                "from_date": week_ago.date(),
                "to_date": now.date(),
            },
            "getTransactionHistoryV1": lambda: {"transaction_type": "ALL", "last_period": 7 * 86_400_000},
            "getIndicativeCostsAndChargesHistoryV1": lambda: {"from_": week_ago, "to": now, "page_size": 20},
        }
        if op.rate_bucket == "historical" and not self._prices:
            raise _SkipError("price checks turned off (--no-prices)")
        if op.operation_id in ("getIndicativeCostsAndChargesDurableMediumV1", "getDataByIdV1"):
            raise _SkipError("needs an id that no read operation gives (a costs quote reference, a data id)")
        plan = plans.get(op.operation_id)
        if plan is not None:
            return plan()
        if any(p.required for p in op.params):
            raise _SkipError("the doctor has no plan for its required arguments")
        return {}

    def _learn(self, op: Operation, body: Any) -> None:
        ctx = self._context
        found: dict[str, Callable[[], str | None]] = {
            "getAccountsV1": lambda: None,
            "getWatchlistsV1": lambda: _first(body, "watchlists", 0, "id"),
            "getPositionsV2": lambda: _first(body, "positions", 0, "position", "dealId"),
            "getMarketDetailsBySearchTermV1": lambda: _first(body, "markets", 0, "epic"),
            "getMarketDetailsV3": lambda: _first(body, "instrument", "marketId"),
            "getMarketNavigationRootV1": lambda: _first(body, "nodes", 0, "id"),
            "getCategoriesV1": lambda: _first(body, "categories", 0, "code"),
        }
        value = found[op.operation_id]() if op.operation_id in found else None
        if op.operation_id == "getAccountsV1" and isinstance(body, dict):
            for account in body.get("accounts") or []:
                if isinstance(account, dict) and account.get("accountId"):
                    ctx.identifiers.add(str(account["accountId"]))
        elif op.operation_id == "getWatchlistsV1":
            ctx.watchlist_id = ctx.watchlist_id or value
        elif op.operation_id == "getPositionsV2":
            ctx.deal_id = ctx.deal_id or value
            ctx.deal_reference = ctx.deal_reference or _first(
                body, "positions", 0, "position", "dealReference"
            )
        elif op.operation_id == "getMarketDetailsBySearchTermV1":
            ctx.epic = ctx.epic or value
        elif op.operation_id == "getMarketDetailsV3":
            ctx.market_id = ctx.market_id or value
        elif op.operation_id == "getMarketNavigationRootV1":
            ctx.node_id = ctx.node_id or value
        elif op.operation_id == "getCategoriesV1":
            ctx.category_id = ctx.category_id or value

    def _write(self, op: Operation, url: Any, status: int, body: Any) -> None:
        assert self._save is not None
        self._save.mkdir(parents=True, exist_ok=True)
        stem = _file_stem(op)
        number = self._saved.get(stem, 0) + 1
        self._saved[stem] = number
        identifiers = frozenset(self._context.identifiers)
        prefix = str(self._client.base_url).rstrip("/")
        path = str(url)
        path = path[len(prefix) :] if path.startswith(prefix) else path
        record = {
            "method": op.method,
            "path": redact(path, identifiers),
            "version": op.version,
            "source": {
                "repo": "ig doctor",
                "path": op.python_name,
                "commit_or_url": f"ig-sdk {ig_sdk.__version__}",
            },
            "provenance": "recorded",
            "notes": (
                f"Recorded by `ig doctor` on {self._now().date().isoformat()}; "
                f"credentials masked as {REDACTED!r}, "
                f"account and client ids replaced by {_PLACEHOLDER!r}."
            ),
            "status": status,
            "body": redact(body, identifiers),
        }
        target = self._save / f"{stem}-{number}.json"
        target.write_text(_dumps_exact(record) + "\n", encoding="utf-8")


# --- reporting ------------------------------------------------------------------------------------------

_STYLE: Final = {"ok": "green", "differs": "yellow", "skipped": "dim", "failed": "red"}


def render_report(console: Console, checks: list[Check]) -> None:
    """The readable report: one line per operation, then every difference."""
    table = Table(title="ig doctor: IG's answers against the spec", title_justify="left")
    for header in ("operation", "endpoint", "result", "note"):
        table.add_column(header)
    for check in checks:
        op = check.operation
        result = f"[{_STYLE[check.status]}]{check.status}[/]"
        note = check.note or (f"{len(check.differences)} differences" if check.differences else "")
        table.add_row(op.python_name, f"{op.method} {op.path} v{op.version}", result, note)
    console.print(table)
    for check in checks:
        if not check.differences:
            continue
        console.print(f"\n[bold]{check.operation.python_name}[/] ({check.operation.response_model_name})")
        for difference in check.differences:
            console.print(f"  {difference.kind:15} {difference.path}: {difference.detail}", highlight=False)
    counts = {status: sum(1 for c in checks if c.status == status) for status in _STYLE}
    console.print("\n" + ", ".join(f"{n} {status}" for status, n in counts.items()))


def report_json(checks: list[Check]) -> str:
    """The report as JSON, for scripts."""
    return json.dumps(
        [
            {
                "operation": c.operation.python_name,
                "method": c.operation.method,
                "path": c.operation.path,
                "version": c.operation.version,
                "status": c.status,
                "note": c.note,
                "differences": [{"kind": d.kind, "path": d.path, "detail": d.detail} for d in c.differences],
            }
            for c in checks
        ],
        indent=2,
    )
