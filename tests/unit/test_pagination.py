"""Deciding the next page from the page just received (pure: no client, no network)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ig_sdk._operation_record import Operation, Pagination, Param
from ig_sdk._pagination import VERBATIM_QUERY, next_page_args
from ig_sdk._sentinel import NOT_GIVEN


@dataclass
class Meta:
    total_pages: int | None = None
    next: str | None = None


@dataclass
class Page:
    items: list[int] = field(default_factory=list)
    metadata: Meta = field(default_factory=Meta)


def _op(paging: Pagination) -> Operation:
    return Operation(
        operation_id="listThingsV1",
        resource="things",
        method_name="list",
        method="GET",
        path="/things",
        version=1,
        summary="",
        trading=False,
        deal_reference=False,
        auth="session",
        rate_bucket="non_trading",
        long_timeout=False,
        method_override=None,
        preferred=True,
        deprecated=None,
        params=(
            Param("page_number", "pageNumber", "query", False),
            Param("page_size", "pageSize", "query", False),
            Param("from_", "from", "query", False),
        ),
        request_model_name=None,
        params_model_name=None,
        response_model_name=None,
        pagination=paging,
    )


NUMBERED = _op(
    Pagination("page-number", "items", "page_number", "page_size", 1, total_pages=("metadata", "total_pages"))
)
UNCOUNTED = _op(Pagination("page-number", "items", "page_number", "page_size", 0))
LINKED = _op(Pagination("paging-next", "items", next_link=("metadata", "next")))


def test_page_numbers_run_to_the_total() -> None:
    args: dict[str, Any] = {"page_number": NOT_GIVEN, "page_size": 2}
    second = next_page_args(NUMBERED, args, Page([1, 2], Meta(total_pages=3)))
    assert second == {"page_number": 2, "page_size": 2}
    third = next_page_args(NUMBERED, second, Page([3, 4], Meta(total_pages=3)))
    assert third is not None
    assert third["page_number"] == 3
    assert next_page_args(NUMBERED, third, Page([5], Meta(total_pages=3))) is None


def test_without_a_count_a_short_or_empty_page_is_the_last() -> None:
    args: dict[str, Any] = {"page_number": 0, "page_size": 2}
    assert next_page_args(UNCOUNTED, args, Page([1, 2])) == {"page_number": 1, "page_size": 2}
    assert next_page_args(UNCOUNTED, args, Page([1])) is None
    assert next_page_args(UNCOUNTED, {"page_number": NOT_GIVEN}, Page([])) is None


def test_a_next_link_becomes_the_next_arguments_sent_verbatim() -> None:
    link = "/things?version=1&from=2024-01-05T10:00:00.123&pageSize=10&unknown=x"
    following = next_page_args(LINKED, {"page_size": 10}, Page([1], Meta(next=link)))
    assert following is not None
    assert following["from_"] == "2024-01-05T10:00:00.123"
    assert following[VERBATIM_QUERY] == {"from": "2024-01-05T10:00:00.123", "pageSize": "10"}
    assert "unknown" not in following[VERBATIM_QUERY]


def test_a_link_back_to_the_same_page_ends_the_paging() -> None:
    args: dict[str, Any] = {"from_": "2024-01-05T10:00:00"}
    same = next_page_args(LINKED, args, Page([1], Meta(next="/things?from=2024-01-05T10:00:00")))
    assert same is not None
    assert next_page_args(LINKED, same, Page([1], Meta(next="/things?from=2024-01-05T10:00:00"))) is None
    assert next_page_args(LINKED, args, Page([1], Meta(next=None))) is None
